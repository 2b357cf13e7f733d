# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 权限申请原则（最小可用），以本工具的 scopes lint 判定
  来源：种子文件 001_0b158fc905000e66.txt，“权限申请原则”一节：“权限的申请应该遵循最小可用原则，权限范围过大可能会威胁
  企业数据安全管控。在无充分理由的情况下，请注意避免直接申请大量接口权限。”种子把它写成对开发者的指引，而不是平台的行为：
  没有说明应用申请多于所需的权限时平台会拒绝或提示。因此这些场景判定的是本工具的建议：应用的导出内容（批量导出权限，由
  被测对象给出）按应用计划调用的接口由 `scopes lint`（docs/scopes.md）检查，任何计划调用都不接受（按其身份）的已申请权限
  必须被标为不需要，其他权限不得被标出。平台本身对更大的权限集合怎么处理，资料未规定。同一“任一”要求中的多余备选权限是
  lint 自己的建议，这里不判定。与英文版 least-privilege.feature 相同。

  @req-FOP-LEAST-PRIVILEGE-UNNEEDED-ZH @behaviour-least-privilege
  场景: scopes lint 标出任何计划调用都不接受的已申请权限
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "calendar:calendar:readonly"
    并且 应用已开通应用身份权限 "drive:drive"
    当 开发者批量导出权限，计划以应用身份调用 "calendar.v4.calendars.list"
    那么 scopes lint 将应用身份权限 "drive:drive" 标为不需要

  @req-FOP-LEAST-PRIVILEGE-MINIMAL-ZH @behaviour-least-privilege
  场景: 每个已申请权限都服务于计划调用时，scopes lint 不标出任何权限
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "calendar:calendar:readonly"
    当 开发者批量导出权限，计划以应用身份调用 "calendar.v4.calendars.list"
    那么 scopes lint 未将任何权限标为不需要

  @req-FOP-LEAST-PRIVILEGE-IDENTITY-ZH @behaviour-least-privilege
  场景: 为计划调用不使用的身份申请的权限被标出（种子 001 §权限类型）
    假如 一个飞书企业自建应用
    并且 应用已开通应用身份权限 "calendar:calendar:readonly"
    并且 应用已开通用户身份权限 "calendar:calendar:readonly"
    当 开发者批量导出权限，计划以应用身份调用 "calendar.v4.calendars.list"
    那么 scopes lint 将用户身份权限 "calendar:calendar:readonly" 标为不需要

  @req-FOP-LEAST-PRIVILEGE-ALL-OF-ZH @behaviour-least-privilege @source-public
  场景: 须同时持有的两个权限都需要，因此都不被标出
    假如 一个飞书企业自建应用
    并且 应用已开通用户身份权限 "im:message"
    并且 应用已开通用户身份权限 "im:message.send_as_user"
    当 开发者批量导出权限，计划以用户身份调用 "im.v1.messages.create"
    那么 scopes lint 未将任何权限标为不需要
