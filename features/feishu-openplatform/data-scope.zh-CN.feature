# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 通讯录与飞书人事调用的数据范围，以及需要单独权限的字段
  来源：种子文件 001_0b158fc905000e66.txt，“步骤一：申请权限”（注意）、“方式二：使用测试企业调试 API”（注意）与
  “确定所需申请的权限”（字段权限要求）。以 tenant_access_token 调用通讯录或飞书人事（企业版）API 需要为应用配置数据
  权限；以 user_access_token 调用时，可读写的数据范围与用户本人一致，无需单独配置。有字段权限要求的响应字段（user_id
  需要 获取用户 user ID）只在开通该权限后返回，调用本身仍成功。与英文版 data-scope.feature 相同。
  资料未规定（issue 20 第 4 项）：以 tenant_access_token 调用通讯录 API 查询数据范围之外的用户时返回什么。“步骤一：申请权限”
  （注意：还需为应用配置可访问的数据范围）与“方式二：使用测试企业调试 API”（注意：则需要为应用配置相应的数据权限）只说必须配置
  数据范围，未说明对范围之外的用户如何应答；“批量导入权限”（需要为该权限 配置数据范围）同样未说明。本工具只建模“是否已配置
  数据范围”，因此该情形没有场景，结果未规定。

  @req-FOP-DATA-SCOPE-CONFIGURED-ZH @behaviour-data-scope
  场景大纲: 配置数据范围后，以 tenant_access_token 调用 <api> 成功
    假如 一个飞书企业自建应用
    并且 租户管理员已为应用配置数据范围
    并且 应用已开通应用身份权限 "<permission>"
    当 应用以 tenant_access_token 调用 "<api>"
    那么 接口调用成功

    例子:
      | api                                     | permission                    |
      | contact.v3.users.get                    | contact:contact.base:readonly |
      | corehr.v1.authorizations.get_by_param   | corehr:corehr:readonly        |
      | corehr.v2.employees.job_datas.batch_get | corehr:job_data:read          |

  @req-FOP-DATA-SCOPE-MISSING-ZH @behaviour-data-scope
  场景: 未配置数据范围时以 tenant_access_token 调用通讯录，结果资料未说明
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "contact:contact.base:readonly"
    当 应用以 tenant_access_token 调用 "contact.v3.users.get"
    那么 资料未规定接口调用结果

  @req-FOP-DATA-SCOPE-USER-ZH @behaviour-data-scope
  场景: 以 user_access_token 调用通讯录无需配置数据范围，按用户本人的范围
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "contact:contact.base:readonly"
    并且 用户 "user-1" 已授权应用使用 "contact:contact.base:readonly"
    当 应用以用户 "user-1" 的 user_access_token 调用 "contact.v3.users.get"
    那么 接口调用成功

  @req-FOP-FIELD-WITHHELD-ZH @behaviour-field-permission
  场景: 未开通 获取用户 user ID 时调用成功，但不返回 user_id
    假如 一个飞书企业自建应用
    并且 租户管理员已为应用配置数据范围
    并且 应用已开通应用身份权限 "contact:contact.base:readonly"
    当 应用以 tenant_access_token 调用 "contact.v3.users.get" 并请求字段 "user_id"
    那么 接口调用成功
    并且 响应中不返回字段 "user_id"

  @req-FOP-FIELD-RETURNED-ZH @behaviour-field-permission
  场景: 开通 获取用户 user ID 后响应返回 user_id
    假如 一个飞书企业自建应用
    并且 租户管理员已为应用配置数据范围
    并且 应用已开通应用身份权限 "contact:contact.base:readonly"
    并且 应用已开通应用身份权限 "contact:user.employee_id:readonly"
    当 应用以 tenant_access_token 调用 "contact.v3.users.get" 并请求字段 "user_id"
    那么 接口调用成功
    并且 响应中返回字段 "user_id"
