# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 应用的 API 权限与调用所用的访问凭证
  来源：种子文件 001_0b158fc905000e66.txt（《申请 API 权限》），“什么是 API 权限”“权限类型”“确定所需申请的权限”三节。
  应用只有为访问凭证所代表的身份（tenant_access_token：应用身份；user_access_token：用户身份）开通了接口的任一权限，
  才能调用该接口；API 权限以应用为维度授予。接口接受哪些权限见 platform-specs/feishu-openplatform.yaml 的目录。
  调用被拒时的错误码 99991672（@source-public）：
  https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
  与英文版 app-permissions.feature 相同。

  @req-FOP-CALL-ENABLED-ZH @behaviour-app-permission
  场景: 应用已为应用身份开通接口的任一权限，即可调用该接口
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "calendar:calendar:readonly"
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用成功

  @req-FOP-PER-APP-ZH @behaviour-permission-per-app @source-public
  场景: API 权限以应用为维度授予：另一个应用调用同一接口需要自己的权限
    假如 一个名为 "app-a" 的飞书企业自建应用
    并且 一个名为 "app-b" 的飞书企业自建应用
    并且 应用 "app-a" 已开通应用身份权限 "calendar:calendar:readonly"
    当 应用 "app-b" 以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用失败，错误码为 99991672
    当 应用 "app-a" 以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用成功

  @req-FOP-TENANT-NEEDS-TENANT-ZH @behaviour-identity-split @source-public
  场景: 用户身份权限不能用于 tenant_access_token 调用
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "calendar:calendar:readonly"
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用失败，错误码为 99991672

  @req-FOP-USER-NEEDS-USER-ZH @behaviour-identity-split @source-public
  场景: 应用身份权限不能用于 user_access_token 调用
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "calendar:calendar:readonly"
    并且 用户 "user-1" 已授权应用使用 "calendar:calendar:readonly"
    当 应用以用户 "user-1" 的 user_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用失败，错误码为 99991672

  @req-FOP-USER-CALL-ZH @behaviour-identity-split
  场景: 用户已授权的用户身份权限可用于该用户的 user_access_token
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "calendar:calendar:readonly"
    并且 用户 "user-1" 已授权应用使用 "calendar:calendar:readonly"
    当 应用以用户 "user-1" 的 user_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用成功

  @req-FOP-ANY-OF-ZH @behaviour-any-of
  场景大纲: 接口的权限要求之间是“或”关系，开通任一权限即可调用（<api>，<permission>）
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "<permission>"
    当 应用以 tenant_access_token 调用 "<api>"
    那么 接口调用成功

    例子:
      | api                         | permission                 |
      | calendar.v4.calendars.list  | calendar:calendar          |
      | calendar.v4.calendars.list  | calendar:calendar:read     |
      | calendar.v4.calendars.list  | calendar:calendar:readonly |
      | drive.v1.files.list         | drive:drive                |
      | drive.v1.files.list         | drive:drive:readonly       |
      | drive.v1.files.list         | space:document:retrieve    |
      | bitable.v1.app_roles.list   | bitable:app                |
      | bitable.v1.app_roles.list   | bitable:app:readonly       |
      | bitable.v1.app_roles.create | base:role:create           |
      | im.v1.messages.create       | im:message:send_as_bot     |

  @req-FOP-NONE-OF-ZH @behaviour-any-of @source-public
  场景: 不属于接口权限要求的权限不能调用该接口
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "drive:drive"
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用失败，错误码为 99991672

  # 同时需要的权限（platform-specs/feishu-openplatform.yaml 中 im.v1.messages.create 的 apis[].allOf）：发送消息接口
  # 页面（权限要求：https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/im-v1/message/create ）要求以用户身份
  # 发消息时同时申请 im:message 与 im:message.send_as_user。该页面与种子文件 001 都未给出只持有其中一个权限时的错误码
  # （99991672 页面展示的是“任一权限”的提示 "One of the following scopes is required"），因此错误码未规定。
  @req-FOP-ALL-OF-PART-ZH @behaviour-all-of @source-public
  场景: 以用户身份发消息只持有 im:message（两个须同时持有的权限之一）时调用失败
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "im:message"
    并且 用户 "user-1" 已授权应用使用 "im:message"
    当 应用以用户 "user-1" 的 user_access_token 调用 "im.v1.messages.create"
    那么 接口调用失败
    并且 资料未规定错误码

  @req-FOP-ALL-OF-BOTH-ZH @behaviour-all-of @source-public
  场景: 以用户身份发消息同时持有 im:message 与 im:message.send_as_user 时调用成功
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "im:message"
    并且 应用已开通用户身份权限 "im:message.send_as_user"
    并且 用户 "user-1" 已授权应用使用 "im:message"
    并且 用户 "user-1" 已授权应用使用 "im:message.send_as_user"
    当 应用以用户 "user-1" 的 user_access_token 调用 "im.v1.messages.create"
    那么 接口调用成功

  @req-FOP-ALL-OF-TENANT-ZH @behaviour-all-of @source-public
  场景: 同时持有的要求只针对用户身份：以应用身份发消息只需三个权限之一
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "im:message"
    当 应用以 tenant_access_token 调用 "im.v1.messages.create"
    那么 接口调用成功
