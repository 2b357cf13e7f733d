# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 为商店应用申请 API 权限
  来源：种子文件 001_0b158fc905000e66.txt，“商店应用”“权限申请原则”“为商店应用申请 API 权限”。商店应用的权限分为普通
  权限和高级权限；所有权限操作都要经过两道审核：飞书开放平台的应用上架审核，以及租户管理员在安装或版本更新时的审核，任何一道单独通过都不会使权限生效。
  如无必要原因，申请高级权限时不会通过审核：未填写理由时不通过；填写的理由是否为必要原因由审核人员判断（商店应用
  的版本表单中也没有申请理由一栏），此时审核结果资料未说明。已申请的权限为待发布。正式发布分为定向上架、全量上架、非公开上架。
  与英文版 store-app-review.feature 相同。

  @req-FOP-STORE-PENDING-ZH @behaviour-store-review
  场景: 商店应用申请的权限为待发布
    假如 一个飞书商店应用
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    那么 应用身份权限 "calendar:calendar:readonly" 为待发布

  @req-FOP-STORE-TWO-REVIEWS-ZH @behaviour-store-review
  场景大纲: 商店应用的<level>权限经开放平台与租户管理员两道审核后生效
    假如 一个飞书商店应用
    并且 "calendar:calendar:readonly" 是商店应用的<level>权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"，申请理由为 "展示团队日历"
    并且 开发者申请线上发布
    并且 飞书开放平台审核通过上架
    那么 应用身份权限 "calendar:calendar:readonly" 为审核中
    当 租户管理员在安装时审核通过该版本
    那么 应用身份权限 "calendar:calendar:readonly" 已开通
    并且 版本状态为审核通过

    例子:
      | level |
      | 普通  |

  @req-FOP-STORE-ADVANCED-REASON-ZH @behaviour-store-review
  场景: 填写了申请理由的高级权限：该理由是否为必要原因，资料未说明
    假如 一个飞书商店应用
    并且 "calendar:calendar:readonly" 是商店应用的高级权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"，申请理由为 "展示团队日历"
    并且 开发者申请线上发布
    并且 飞书开放平台审核上架申请
    那么 资料未规定该操作的结果

  @req-FOP-STORE-ADMIN-ALONE-ZH @behaviour-store-review
  场景: 开放平台上架审核之前，仅有租户管理员审核通过不会使任何权限生效
    假如 一个飞书商店应用
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"，申请理由为 "展示团队日历"
    并且 开发者申请线上发布
    并且 租户管理员在安装时审核通过该版本
    那么 应用身份权限 "calendar:calendar:readonly" 未开通

  @req-FOP-STORE-PLATFORM-ALONE-ZH @behaviour-store-review
  场景: 仅有开放平台上架审核通过不会使任何权限生效
    假如 一个飞书商店应用
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"，申请理由为 "展示团队日历"
    并且 开发者申请线上发布
    并且 飞书开放平台审核通过上架
    那么 应用身份权限 "calendar:calendar:readonly" 未开通
    当 应用以 tenant_access_token 调用 "calendar.v4.calendars.list"
    那么 接口调用失败，错误码为 99991672

  @req-FOP-STORE-ADVANCED-NO-REASON-ZH @behaviour-store-review
  场景: 无必要原因申请高级权限不会通过审核
    假如 一个飞书商店应用
    并且 "calendar:calendar:readonly" 是商店应用的高级权限
    当 开发者申请应用身份权限 "calendar:calendar:readonly"
    并且 开发者创建版本 "1.0.0"，不填写申请理由
    并且 开发者申请线上发布
    并且 飞书开放平台审核上架申请
    那么 审核不通过
    并且 应用身份权限 "calendar:calendar:readonly" 未开通

  @req-FOP-STORE-RELEASE-KINDS-ZH @behaviour-store-review
  场景大纲: 商店应用的正式发布分为定向上架、全量上架、非公开上架；各自的效果资料未说明（<kind>）
    假如 一个飞书商店应用
    当 开发者以<kind>方式发布应用
    那么 资料未规定该操作的结果

    例子:
      | kind       |
      | 定向上架   |
      | 全量上架   |
      | 非公开上架 |
