# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 为企业自建应用申请 API 权限
  来源：种子文件 001_0b158fc905000e66.txt，“自建应用”“权限申请原则”“为企业自建应用申请 API 权限”（步骤一：申请权限、
  步骤三：正式发布应用）。哪些权限免审由租户管理员配置；免审权限申请后立即生效，需审核权限需要创建版本（应用版本号如
  1.0.0、更新说明、权限变更、可用范围、申请理由）、提交审核并由租户管理员审核通过后才生效。权限按身份（应用身份、用户
  身份）分别申请。调用被拒时的错误码 99991672（@source-public）：
  https://open.feishu.cn/document/uAjLw4CM/ugTN1YjL4UTN24CO1UjN/trouble-shooting/how-to-fix-the-99991672-error
  与英文版 custom-app-review.feature 相同。

  @req-FOP-EXEMPT-AT-ONCE-ZH @behaviour-review-exempt
  场景大纲: 免审权限申请后立即生效（<identity>）
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "calendar:calendar:readonly" 设为免审权限
    当 开发者申请<identity>权限 "calendar:calendar:readonly"
    那么 <identity>权限 "calendar:calendar:readonly" 已开通

    例子:
      | identity |
      | 应用身份 |
      | 用户身份 |

  @req-FOP-REQUIRED-PENDING-ZH @behaviour-version-review @source-public
  场景: 需审核权限申请后仅为待发布，接口拒绝应用的调用
    假如 一个飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    那么 应用身份权限 "calendar:calendar:readonly" 为待发布
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用失败，错误码为 99991672

  @req-FOP-VERSION-CREATED-ZH @behaviour-version-review
  场景: 保存的版本（版本号如 1.0.0、更新说明、权限变更、可用范围、申请理由）等待提交
    假如 一个飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"，申请理由为 "展示团队日历"
    那么 版本状态为待申请
    并且 应用身份权限 "calendar:calendar:readonly" 为待发布

  @req-FOP-VERSION-APPROVED-ZH @behaviour-version-review
  场景: 需审核权限在所属版本经企业管理员审核通过后生效
    假如 一个飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"
    并且 开发者申请线上发布
    那么 应用身份权限 "calendar:calendar:readonly" 为审核中
    并且 版本状态为审核中
    当 企业管理员审核通过该版本
    那么 应用身份权限 "calendar:calendar:readonly" 已开通
    并且 版本状态为审核通过
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用成功

  @req-FOP-VERSION-REJECTED-ZH @behaviour-version-review
  场景: 版本被驳回时，其中的需审核权限不会生效
    假如 一个飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"
    并且 开发者申请线上发布
    并且 企业管理员驳回该版本
    那么 资料未规定该操作后的版本状态
    并且 应用身份权限 "calendar:calendar:readonly" 未开通

  @req-FOP-IDENTITIES-APART-ZH @behaviour-identity-split
  场景: 为一种身份申请权限不会同时申请另一种身份
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "calendar:calendar:readonly" 设为免审权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    那么 应用身份权限 "calendar:calendar:readonly" 已开通
    并且 用户身份权限 "calendar:calendar:readonly" 未申请
