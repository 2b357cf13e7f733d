# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 免审核 API 权限进行测试联调
  来源：种子文件 001_0b158fc905000e66.txt，两类应用的“步骤二：免审核 API 权限进行测试联调”（方式一、方式二）与
  “步骤三：正式发布应用”。方式一：权限支持时，应用开发者本人的 user_access_token 在申请权限后无需发布即可调试 API
  （种子中的例子：列出自定义角色，申请 查看、评论、编辑和管理多维表格 或 查看、评论和导出多维表格）；少量敏感权限无法
  这样免审调试。方式二：配置测试企业并切换为测试版本后，申请的权限均为免审权限，立即生效；这些权限不会生效于正式版本。商店应用的版本设置为测试版本后，应用已安装到测试企业，“并可以在该测试企业中免审调用 API”：
  该版本的权限在测试企业中无需审核即生效，在正式版本中仍为待发布。
  调用被拒时的错误码 99991672（@source-public）：
  https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
  与英文版 debugging.feature 相同。

  @req-FOP-DEBUG-DEVELOPER-TOKEN-ZH @behaviour-user-token-debug
  场景大纲: 申请权限后无需发布，开发者本人的 user_access_token 即可调试 API（<permission>）
    假如 一个飞书企业自建应用
    并且 "<permission>" 对该应用为需审核权限
    当 开发者申请用户身份权限 "<permission>"
    那么 用户身份权限 "<permission>" 为待发布
    当 应用以开发者本人的 user_access_token 调用 "bitable.v1.app_roles.list"
    那么 接口调用成功

    例子:
      | permission           |
      | bitable:app          |
      | bitable:app:readonly |

  @req-FOP-DEBUG-OTHER-USER-ZH @behaviour-user-token-debug @source-public
  场景: 免审调试只适用于开发者本人：发布前其他用户的 token 被拒绝
    假如 一个飞书企业自建应用
    并且 "bitable:app" 对该应用为需审核权限
    当 开发者申请用户身份权限 "bitable:app"
    并且 用户 "user-2" 已授权应用使用 "bitable:app"
    并且 应用以用户 "user-2" 的 user_access_token 调用 "bitable.v1.app_roles.list"
    那么 接口调用失败，错误码为 99991672

  @req-FOP-DEBUG-NOT-DOCUMENTED-ZH @behaviour-user-token-debug
  场景: 资料未标明可免审调试的权限，开发者 token 能否调试未作说明
    假如 一个飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者申请用户身份权限 "calendar:calendar:readonly"
    并且 应用以开发者本人的 user_access_token 调用 "calendar.v4.calendars.list"
    那么 资料未规定接口调用结果

  @req-FOP-TEST-VERSION-CUSTOM-ZH @behaviour-test-version
  场景: 自建应用切换为测试版本后，申请的权限均为免审权限，立即生效
    假如 一个已配置测试企业并切换为测试版本的飞书企业自建应用
    并且 "corehr:corehr:readonly" 对该应用为需审核权限
    当 开发者申请应用身份权限 "corehr:corehr:readonly"
    那么 应用身份权限 "corehr:corehr:readonly" 已开通

  @req-FOP-TEST-VERSION-STORE-ZH @behaviour-test-version
  场景: 商店应用设置为测试版本后状态为测试中，基于测试版本开通的权限无需审核即可生效
    假如 一个已创建测试企业的飞书商店应用
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "0.1.0"
    并且 开发者将该版本设置为测试版本
    那么 版本状态为测试中
    当 开发者申请应用身份权限 "drive:drive"
    那么 应用身份权限 "drive:drive" 已开通

  @req-FOP-TEST-VERSION-STORE-KEEPS-ZH @behaviour-test-version
  场景: 商店应用设置为测试版本后保留该版本的权限，可在测试企业中免审调用 API
    假如 一个已创建测试企业的飞书商店应用
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "0.1.0"
    并且 开发者将该版本设置为测试版本
    那么 应用身份权限 "calendar:calendar:readonly" 已开通
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用成功
    当 开发者将应用切换至正式版本
    那么 应用身份权限 "calendar:calendar:readonly" 为待发布

  @req-FOP-TEST-NOT-FORMAL-ZH @behaviour-test-version
  场景: 测试版本开通的权限不会生效于正式版本
    假如 一个已配置测试企业并切换为测试版本的飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    那么 应用身份权限 "calendar:calendar:readonly" 已开通
    当 开发者将应用切换至正式版本
    那么 应用身份权限 "calendar:calendar:readonly" 未申请
