# language: zh-CN
@platform-feishu-openplatform @source-001 @source-public @lang-zh-CN
功能: 飞书开放平台 — 调用被拒时文档给出的错误
  来源：种子文件 001_0b158fc905000e66.txt，“什么是 API 权限”（申请并审核通过权限后才能调用 API）与“权限类型”（访问凭证
  告知当前是谁、以什么身份调用）；platform-specs/feishu-openplatform.yaml 引用的页面：
  https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
  （99991672，permission_violations 类型 action_scope_required）、
  https://open.larkoffice.com/document/faq/trouble-shooting/how-to-resolve-error-99991679 （99991679，
  action_privilege_required：用户未授权该权限）；token 的错误码只有厂商代码：Java SDK 的常量 99991663 / 99991668（无效的
  tenant_access_token / user_access_token）与 Lark CLI 的 99991661 / 99991677（缺少 token / user_access_token 过期）。
  规格文件的 errors 列表是这些错误码的唯一来源，并写明其地位：SDK 或 CLI 的常量不是平台的文档，因此这里不判定 token 的
  错误码（被测对象可以返回它们）。接口不接受的 token 类型，任何来源都未给出错误码。与英文版 errors.feature 相同。

  @req-FOP-ERR-99991672-ZH @behaviour-error-codes
  场景: 未开通接口的任一权限时调用返回 99991672，类型 action_scope_required
    假如 一个飞书企业自建应用
    当 应用以 tenant_access_token 调用 "drive.v1.files.list"
    那么 接口调用失败，错误码为 99991672
    并且 permission_violations 的类型为 "action_scope_required"

  @req-FOP-ERR-99991679-ZH @behaviour-error-codes
  场景: 用户未授权该权限时以其 user_access_token 调用返回 99991679，类型 action_privilege_required
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "drive:drive"
    当 应用以用户 "user-1" 的 user_access_token 调用 "drive.v1.files.list"
    那么 接口调用失败，错误码为 99991679
    并且 permission_violations 的类型为 "action_privilege_required"

  @req-FOP-ERR-TOKEN-INVALID-ZH @behaviour-error-codes
  场景: 无效的 tenant_access_token 被拒绝，其错误码只是厂商常量
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以无效的 tenant_access_token 调用 "drive.v1.files.list"
    那么 接口调用失败
    并且 资料未规定错误码

  @req-FOP-ERR-USER-TOKEN-INVALID-ZH @behaviour-error-codes
  场景: 无效的 user_access_token 被拒绝，其错误码只是厂商常量
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "drive:drive"
    并且 用户 "user-1" 已授权应用使用 "drive:drive"
    当 应用以用户 "user-1" 的无效 user_access_token 调用 "drive.v1.files.list"
    那么 接口调用失败
    并且 资料未规定错误码

  @req-FOP-ERR-TOKEN-EXPIRED-ZH @behaviour-error-codes
  场景: 过期的 tenant_access_token 被拒绝，错误码资料未说明
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以过期的 tenant_access_token 调用 "drive.v1.files.list"
    那么 接口调用失败
    并且 资料未规定错误码

  @req-FOP-ERR-TOKEN-MISSING-ZH @behaviour-error-codes
  场景: 不带访问凭证的调用被拒绝，错误码资料未说明
    假如 一个飞书企业自建应用
    当 应用不带访问凭证调用 "drive.v1.files.list"
    那么 接口调用失败
    并且 资料未规定错误码

  @req-FOP-ERR-TOKEN-TYPE-ZH @behaviour-error-codes
  场景: 接口不接受的身份的 token 被拒绝，错误码资料未说明
    假如 一个飞书企业自建应用
    当 应用以用户 "user-1" 的 user_access_token 调用 "corehr.v1.authorizations.get_by_param"
    那么 接口调用失败
    并且 资料未规定错误码
