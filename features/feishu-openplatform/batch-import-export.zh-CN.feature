# language: zh-CN
@platform-feishu-openplatform @source-001 @lang-zh-CN
功能: 飞书开放平台 — 批量导入导出 API 权限
  来源：种子文件 001_0b158fc905000e66.txt，“批量导入导出 API 权限”“批量导入权限”“批量导出权限”三节。企业自建应用和
  商店应用都支持批量导入导出。导入的权限作为此次新增申请的权限，不影响已申请或开通的权限；不存在的权限，或该应用不在
  可用范围内的权限，会收到错误提示“该权限不存在或该应用无权申请该权限，请重新录入”；系统自动过滤已申请的权限；导入清单
  按应用身份、用户身份分别展示，不涉及的身份类型不展示页签。申请开通后：自建应用的免审权限或测试版本应用的权限变为
  已开通，关联了数据范围的权限需要配置数据范围，需要审核的权限为待发布。导出一键复制已申请的全部权限（待发布、审核中、
  已开通）。种子只以截图展示控制台的导入导出格式：场景中使用的 JSON {"scopes":{"tenant":[...],"user":[...]}} 是本工具
  的被测对象协议（docs/target-api.md），只判定其中按身份列出的权限，不判定其形状。输入不是该 JSON 时会怎样，资料未说明。与英文版 batch-import-export.feature 相同。

  @req-FOP-IMPORT-NEW-ONLY-ZH @behaviour-batch-import
  场景: 导入只新增申请，不影响已申请或开通的权限
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "calendar:calendar:readonly" 设为免审权限
    并且 "drive:drive" 对该应用为需审核权限
    并且 应用已开通应用身份权限 "calendar:calendar:readonly"
    当 开发者批量导入 {"scopes":{"tenant":["calendar:calendar:readonly","drive:drive"]}}
    那么 导入成功
    并且 导入结果的应用身份页签列出 "drive:drive"
    并且 应用身份权限 "calendar:calendar:readonly" 已开通
    并且 应用身份权限 "drive:drive" 为待发布

  @req-FOP-IMPORT-UNKNOWN-ZH @behaviour-batch-import
  场景: 导入不存在的权限时收到文档所述的错误提示，且不做任何更改
    假如 一个飞书企业自建应用
    并且 "drive:drive" 对该应用为需审核权限
    当 开发者批量导入 {"scopes":{"tenant":["drive:drive","no:such:permission"]}}
    那么 导入失败，提示信息包含 "该权限不存在或该应用无权申请该权限"
    并且 应用身份权限 "drive:drive" 未申请

  @req-FOP-IMPORT-NOT-AVAILABLE-ZH @behaviour-batch-import
  场景: 导入应用不在其可用范围内的权限时收到同样的错误提示
    假如 一个飞书企业自建应用
    并且 该应用不在 "corehr:corehr" 的可用范围内
    当 开发者批量导入 {"scopes":{"tenant":["corehr:corehr"]}}
    那么 导入失败，提示信息包含 "该权限不存在或该应用无权申请该权限"
    并且 应用身份权限 "corehr:corehr" 未申请

  @req-FOP-IMPORT-BY-IDENTITY-ZH @behaviour-batch-import
  场景: 导入清单按身份类型分别展示，不涉及的身份类型不展示页签
    假如 一个飞书企业自建应用
    并且 "calendar:calendar:readonly" 对该应用为需审核权限
    当 开发者批量导入 {"scopes":{"user":["calendar:calendar:readonly"]}}
    那么 导入结果的用户身份页签列出 "calendar:calendar:readonly"
    并且 导入结果不展示应用身份页签

  @req-FOP-IMPORT-EXEMPT-ENABLED-ZH @behaviour-batch-import
  场景: 导入自建应用的免审权限后权限为已开通
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "drive:drive:readonly" 设为免审权限
    当 开发者批量导入 {"scopes":{"tenant":["drive:drive:readonly"]}}
    那么 应用身份权限 "drive:drive:readonly" 已开通

  @req-FOP-IMPORT-TEST-VERSION-ZH @behaviour-batch-import
  场景: 导入测试版本应用的权限后权限为已开通
    假如 一个已配置测试企业并切换为测试版本的飞书企业自建应用
    并且 "drive:drive" 对该应用为需审核权限
    当 开发者批量导入 {"scopes":{"tenant":["drive:drive"]}}
    那么 应用身份权限 "drive:drive" 已开通

  @req-FOP-IMPORT-DATA-SCOPE-ZH @behaviour-batch-import
  场景: 导入关联了数据范围的权限后需要配置数据范围
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "contact:contact.base:readonly" 设为免审权限
    当 开发者批量导入 {"scopes":{"tenant":["contact:contact.base:readonly"]}}
    那么 应用身份权限 "contact:contact.base:readonly" 需要配置数据范围
    当 租户管理员为应用配置数据范围
    那么 应用身份权限 "contact:contact.base:readonly" 已开通

  @req-FOP-IMPORT-PENDING-ZH @behaviour-batch-import
  场景: 导入需要审核的权限为待发布，版本审核通过后生效
    假如 一个飞书企业自建应用
    并且 "drive:drive" 对该应用为需审核权限
    当 开发者批量导入 {"scopes":{"tenant":["drive:drive"]}}
    那么 应用身份权限 "drive:drive" 为待发布
    当 开发者创建版本 "1.0.0"
    并且 开发者申请线上发布
    并且 企业管理员审核通过该版本
    那么 应用身份权限 "drive:drive" 已开通

  @req-FOP-IMPORT-STORE-ZH @behaviour-batch-import
  场景: 商店应用也能导入，导入的权限为待发布
    假如 一个飞书商店应用
    当 开发者批量导入 {"scopes":{"tenant":["drive:drive"]}}
    那么 应用身份权限 "drive:drive" 为待发布

  @req-FOP-IMPORT-MALFORMED-ZH @behaviour-batch-import
  场景: 导入的内容不是批量导入格式的 JSON 时会怎样，资料未说明
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "drive:drive:readonly" 设为免审权限
    并且 应用已开通应用身份权限 "drive:drive:readonly"
    当 开发者批量导入 {"scopes":["drive:drive"
    那么 资料未规定该操作的结果

  @req-FOP-EXPORT-ZH @behaviour-batch-export
  场景: 导出按身份列出待发布、审核中、已开通的权限
    假如 一个飞书企业自建应用
    并且 租户管理员已将 "calendar:calendar:readonly" 设为免审权限
    并且 "drive:drive" 对该应用为需审核权限
    并且 "bitable:app" 对该应用为需审核权限
    当 开发者申请用户身份权限 "calendar:calendar:readonly"
    并且 开发者申请应用身份权限 "drive:drive"
    并且 开发者创建版本 "1.0.0"
    并且 开发者申请线上发布
    并且 开发者申请应用身份权限 "bitable:app"
    并且 开发者批量导出权限
    那么 导出内容为 {"scopes":{"tenant":["bitable:app","drive:drive"],"user":["calendar:calendar:readonly"]}}
