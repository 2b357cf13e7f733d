package io.scopekit.steps;

import io.scopekit.oracle.PermissionDecision;
import static io.scopekit.domain.permission.PermissionViews.normalise;
import static io.scopekit.domain.permission.PermissionViews.observedState;
import static io.scopekit.domain.permission.PermissionViews.sorted;
import static io.scopekit.domain.permission.PermissionViews.tab;
import static org.apiguardian.api.API.Status.INTERNAL;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.scopekit.harness.AspectMatcher;
import io.scopekit.harness.CheckRecorder;
import io.scopekit.domain.permission.PermissionConversation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import io.scopekit.steps.internal.ScenarioState;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steps of the Feishu Open Platform scenarios (features/feishu-openplatform): who the app is, what the developer,
 * the admins and the app do, and what the platform must answer. Each step is one call into the scenario's
 * {@link PermissionConversation}; every Then step checks its statement against the permission oracle and the
 * target's answer against the oracle, and attaches one check record.
 */
@API(status = INTERNAL)
public final class PermissionSteps {
    /** The app a step means when it names none. */
    private static final String APP = "app-1";
    /** The catalog API that creates a base (多维表格), the resource of seed 001's ownership examples. */
    static final String CREATE_BASE = "bitable.v1.apps.create";

    private final ScenarioState state;
    /** The permissions the scenario says the subscribed event needs; empty = not named (EventDelivery.anyOf). */
    private List<String> eventAnyOf = List.of();
    /** The calls the last export was judged against for least privilege (the plan scopes lint reads). */
    private List<ApiCall> lintPlan = List.of();

    public PermissionSteps(ScenarioState state) {
        this.state = state;
    }

    // ------------------------------------------------------------------ Given: the world

    @Given("a Feishu custom app")
    @Given("一个飞书企业自建应用")
    public void aCustomApp() {
        platform().declareApp(APP, AppType.CUSTOM);
    }

    @Given("a Feishu store app")
    @Given("一个飞书商店应用")
    public void aStoreApp() {
        platform().declareApp(APP, AppType.STORE);
    }

    @Given("a Feishu custom app {string}")
    @Given("一个名为 {string} 的飞书企业自建应用")
    public void aNamedCustomApp(String app) {
        platform().declareApp(app, AppType.CUSTOM);
    }

    @Given("a Feishu custom app with a test enterprise, switched to its test version")
    @Given("一个已配置测试企业并切换为测试版本的飞书企业自建应用")
    public void aCustomAppOnItsTestVersion() {
        platform().declareApp(APP, AppType.CUSTOM);
        platform().establishTestVersion(APP);
    }

    @Given("a Feishu store app with a test enterprise")
    @Given("一个已创建测试企业的飞书商店应用")
    public void aStoreAppWithATestEnterprise() {
        // The test enterprise is named when the version is set as the test version.
        platform().declareApp(APP, AppType.STORE);
    }

    @Given("the document change event needs {string}")
    @Given("云文档变更事件需要权限 {string}")
    public void eventNeeds(String permission) {
        eventAnyOf = List.of(permission);
    }

    @Given("{string} is not available to the app")
    @Given("该应用不在 {string} 的可用范围内")
    public void notAvailable(String permission) {
        platform().outOfRange(app(), permission);
    }

    @Given("the tenant admin has made {string} review-exempt")
    @Given("租户管理员已将 {string} 设为免审权限")
    public void reviewExempt(String permission) {
        platform().setLevel(app(), permission, PermissionLevel.REVIEW_EXEMPT);
    }

    @Given("{string} requires review for the app")
    @Given("{string} 对该应用为需审核权限")
    public void reviewRequired(String permission) {
        platform().setLevel(app(), permission, PermissionLevel.REVIEW_REQUIRED);
    }

    @Given("{string} is a/an {storeLevel} permission for store apps")
    @Given("{string} 是商店应用的{storeLevel}权限")
    public void storeLevel(String permission, PermissionLevel level) {
        platform().setLevel(app(), permission, level);
    }

    @Given("the app has {string} enabled for the {identity} identity")
    public void enabled(String permission, Identity identity) {
        PermissionRef ref = new PermissionRef(permission, identity);
        platform().establishEnabled(app(), ref);
    }

    @Given("应用已开通{identity}权限 {string}")
    public void enabledZh(Identity identity, String permission) {
        enabled(permission, identity);
    }

    @Given("app {string} has {string} enabled for the {identity} identity")
    public void namedAppEnabled(String app, String permission, Identity identity) {
        platform().establishEnabled(app, new PermissionRef(permission, identity));
    }

    @Given("应用 {string} 已开通{identity}权限 {string}")
    public void namedAppEnabledZh(String app, Identity identity, String permission) {
        platform().establishEnabled(app, new PermissionRef(permission, identity));
    }

    @Given("the developer has applied for {string} for the {identity} identity")
    public void applied(String permission, Identity identity) {
        platform().establishApplied(app(), new PermissionRef(permission, identity));
    }

    @Given("开发者已申请{identity}权限 {string}")
    public void appliedZh(Identity identity, String permission) {
        applied(permission, identity);
    }

    @Given("user {string} has authorized the app for {string}")
    @Given("用户 {string} 已授权应用使用 {string}")
    public void userGrant(String user, String permission) {
        platform().grantUser(app(), user, List.of(permission));
    }

    @Given("the tenant admin has configured the app's data scope")
    @Given("租户管理员已为应用配置数据范围")
    public void dataScope() {
        platform().setUp("configuring the data scope", LifecycleAction.configureDataScope(app()));
    }

    // ------------------------------------------------------------------ When: lifecycle steps

    @When("the developer applies for {string} for the {identity} identity")
    public void applies(String permission, Identity identity) {
        platform().perform(LifecycleAction.apply(app(), List.of(new PermissionRef(permission, identity))));
    }

    @When("开发者申请{identity}权限 {string}")
    public void appliesZh(Identity identity, String permission) {
        applies(permission, identity);
    }

    @When("the developer creates version {string}")
    @When("开发者创建版本 {string}")
    public void createsVersion(String number) {
        platform().perform(LifecycleAction.createVersion(app(), platform().draft(app(), number, "ScopeKit scenario")));
    }

    @When("the developer creates version {string} with the reason {string}")
    @When("开发者创建版本 {string}，申请理由为 {string}")
    public void createsVersionWithReason(String number, String reason) {
        platform().perform(LifecycleAction.createVersion(app(), platform().draft(app(), number, reason)));
    }

    @When("the developer creates version {string} without a reason")
    @When("开发者创建版本 {string}，不填写申请理由")
    public void createsVersionWithoutReason(String number) {
        platform().perform(LifecycleAction.createVersion(app(), platform().draft(app(), number, null)));
    }

    @When("the developer submits the version for release")
    @When("开发者申请线上发布")
    public void submits() {
        platform().perform(LifecycleAction.submitVersion(app()));
    }

    @When("the tenant admin approves the version")
    @When("the tenant admin approves the version at install")
    @When("企业管理员审核通过该版本")
    @When("租户管理员在安装时审核通过该版本")
    public void adminApproves() {
        platform().perform(LifecycleAction.approve(app(), Reviewer.TENANT_ADMIN));
    }

    @When("the tenant admin rejects the version")
    @When("企业管理员驳回该版本")
    public void adminRejects() {
        platform().perform(LifecycleAction.reject(app(), Reviewer.TENANT_ADMIN));
    }

    @When("the Open Platform approves the listing")
    @When("the Open Platform reviews the listing")
    @When("飞书开放平台审核通过上架")
    @When("飞书开放平台审核上架申请")
    public void platformApproves() {
        platform().perform(LifecycleAction.approve(app(), Reviewer.PLATFORM));
    }

    @When("the developer sets the version as the test version")
    @When("开发者将该版本设置为测试版本")
    public void setsTestVersion() {
        platform().perform(LifecycleAction.switchToTestVersion(app(), PermissionConversation.TEST_ENTERPRISE));
    }

    @When("the developer switches the app to its formal version")
    @When("开发者将应用切换至正式版本")
    public void switchesToFormal() {
        platform().perform(LifecycleAction.switchToFormalVersion(app()));
    }

    @When("the developer releases the app as a {releaseKind} listing")
    @When("开发者以{releaseKind}方式发布应用")
    public void releases(ReleaseKind kind) {
        platform().perform(LifecycleAction.release(app(), kind));
    }

    @When("the developer imports {}")
    @When("开发者批量导入 {}")
    public void imports(String json) {
        platform().perform(LifecycleAction.importJson(app(), json.trim()));
    }

    @When("the tenant admin configures the app's data scope")
    @When("租户管理员为应用配置数据范围")
    public void configuresDataScope() {
        platform().perform(LifecycleAction.configureDataScope(app()));
    }

    @When("the developer exports the permissions, planning to call {string} with the {identity} identity")
    public void exportsForPlan(String apis, Identity identity) {
        lintPlan = split(apis).stream().map(api -> identity == Identity.TENANT ? ApiCall.asTenant(app(), api)
                : ApiCall.asUser(app(), PermissionConversation.DEVELOPER, api)).toList();
        platform().perform(LifecycleAction.export(app()), lintPlan);
    }

    @When("开发者批量导出权限，计划以{identity}调用 {string}")
    public void exportsForPlanZh(Identity identity, String apis) {
        exportsForPlan(apis, identity);
    }

    @When("the developer exports the permissions")
    @When("开发者批量导出权限")
    public void exports() {
        platform().perform(LifecycleAction.export(app()));
    }

    // ------------------------------------------------------------------ When: API calls and events

    @When("the app calls {string} with a tenant_access_token")
    @When("应用以 tenant_access_token 调用 {string}")
    public void callsAsTenant(String api) {
        platform().perform(ApiCall.asTenant(app(), api));
    }

    @When("app {string} calls {string} with a tenant_access_token")
    @When("应用 {string} 以 tenant_access_token 调用 {string}")
    public void namedAppCallsAsTenant(String app, String api) {
        platform().perform(ApiCall.asTenant(app, api));
    }

    @When("the app calls {string} with a tenant_access_token asking for {string}")
    @When("应用以 tenant_access_token 调用 {string} 并请求字段 {string}")
    public void callsAsTenantForField(String api, String field) {
        platform().perform(ApiCall.asTenant(app(), api, field));
    }

    @When("the app calls {string} with a user_access_token of {string}")
    public void callsAsUser(String api, String user) {
        platform().perform(ApiCall.asUser(app(), user, api));
    }

    @When("应用以用户 {string} 的 user_access_token 调用 {string}")
    public void callsAsUserZh(String user, String api) {
        callsAsUser(api, user);
    }

    @When("the app calls {string} with the developer's user_access_token")
    @When("应用以开发者本人的 user_access_token 调用 {string}")
    public void callsAsDeveloper(String api) {
        platform().perform(ApiCall.asUser(app(), PermissionConversation.DEVELOPER, api));
    }

    @When("the app calls {string} with a/an {badToken} tenant_access_token")
    public void callsWithBadToken(String api, TokenStatus token) {
        platform().perform(new ApiCall(app(), Identity.TENANT, token, null, api, List.of()));
    }

    @When("应用以{badToken} tenant_access_token 调用 {string}")
    public void callsWithBadTokenZh(TokenStatus token, String api) {
        callsWithBadToken(api, token);
    }

    @When("the app calls {string} with an invalid user_access_token of {string}")
    public void callsWithInvalidUserToken(String api, String user) {
        platform().perform(new ApiCall(app(), Identity.USER, TokenStatus.INVALID, user, api, List.of()));
    }

    @When("应用以用户 {string} 的无效 user_access_token 调用 {string}")
    public void callsWithInvalidUserTokenZh(String user, String api) {
        callsWithInvalidUserToken(api, user);
    }

    @When("the app calls {string} without an access token")
    @When("应用不带访问凭证调用 {string}")
    public void callsWithoutToken(String api) {
        platform().perform(new ApiCall(app(), Identity.TENANT, TokenStatus.MISSING, null, api, List.of()));
    }

    @When("the app creates a base with a tenant_access_token")
    @When("应用以 tenant_access_token 创建多维表格")
    public void createsBaseAsTenant() {
        platform().perform(ApiCall.asTenant(app(), CREATE_BASE));
    }

    @When("the app creates a base with a user_access_token of {string}")
    @When("应用以用户 {string} 的 user_access_token 创建多维表格")
    public void createsBaseAsUser(String user) {
        platform().perform(ApiCall.asUser(app(), user, CREATE_BASE));
    }

    @When("a document the app owns changes, and the app subscribed with a tenant_access_token")
    @When("应用以 tenant_access_token 订阅云文档变更事件，应用拥有的文档发生变更")
    public void appDocumentChangesForTenantSubscription() {
        platform().perform(new EventDelivery(app(), Identity.TENANT, null, List.of(app()), eventAnyOf));
    }

    @When("a document user {string} owns changes, and the app subscribed with a tenant_access_token")
    @When("应用以 tenant_access_token 订阅云文档变更事件，用户 {string} 拥有的文档发生变更")
    public void userDocumentChangesForTenantSubscription(String owner) {
        platform().perform(new EventDelivery(app(), Identity.TENANT, null, List.of(owner), eventAnyOf));
    }

    @When("a document user {string} owns and the app manages changes, and the app subscribed with a tenant_access_token")
    @When("应用以 tenant_access_token 订阅云文档变更事件，用户 {string} 拥有、应用管理的文档发生变更")
    public void managedDocumentChangesForTenantSubscription(String owner) {
        platform().perform(new EventDelivery(app(), Identity.TENANT, null, List.of(owner, app()), eventAnyOf));
    }

    @When("a document user {string} owns changes, and the app subscribed with a user_access_token of {string}")
    public void documentChangesForUserSubscription(String owner, String subscriber) {
        platform().perform(new EventDelivery(app(), Identity.USER, subscriber, List.of(owner), eventAnyOf));
    }

    @When("应用以用户 {string} 的 user_access_token 订阅云文档变更事件，用户 {string} 拥有的文档发生变更")
    public void documentChangesForUserSubscriptionZh(String subscriber, String owner) {
        documentChangesForUserSubscription(owner, subscriber);
    }

    @When("a document user {string} owns and user {string} manages changes, and the app subscribed with a user_access_token of {string}")
    public void managedDocumentChangesForUserSubscription(String owner, String manager, String subscriber) {
        platform().perform(new EventDelivery(app(), Identity.USER, subscriber, List.of(owner, manager), eventAnyOf));
    }

    @When("应用以用户 {string} 的 user_access_token 订阅云文档变更事件，用户 {string} 拥有、用户 {string} 管理的文档发生变更")
    public void managedDocumentChangesForUserSubscriptionZh(String subscriber, String owner, String manager) {
        managedDocumentChangesForUserSubscription(owner, manager, subscriber);
    }

    // ------------------------------------------------------------------ Then

    @Then("the API call succeeds")
    @Then("the import succeeds")
    @Then("接口调用成功")
    @Then("导入成功")
    public void succeeds() {
        outcome(CallOutcome.SUCCESS);
    }

    @Then("the API call fails")
    @Then("the review does not pass")
    @Then("the import fails")
    @Then("接口调用失败")
    @Then("审核不通过")
    @Then("导入失败")
    public void fails() {
        outcome(CallOutcome.FAIL);
    }

    @Then("the error code is unspecified by the sources")
    @Then("资料未规定错误码")
    public void codeUnspecified() {
        checks().check(PermissionAspect.CODE, null, d -> d.code(), PlatformObservation::code,
                AspectMatcher.equality());
    }

    @Then("the API call is refused with code {long}")
    @Then("接口调用失败，错误码为 {long}")
    public void refusedWithCode(Long code) {
        outcome(CallOutcome.FAIL);
        checks().check(PermissionAspect.CODE, code, d -> d.code(), PlatformObservation::code,
                AspectMatcher.equality());
    }

    @Then("the permission violations are of type {string}")
    @Then("permission_violations 的类型为 {string}")
    public void violationsOfType(String type) {
        checks().check(PermissionAspect.VIOLATIONS, List.of(type),
                d -> d.violations().stream().map(Violation::type).distinct().sorted().toList(),
                o -> o.violations().stream().map(Violation::type).distinct().sorted().toList(),
                AspectMatcher.equality());
    }

    @Then("the outcome of the API call is unspecified by the sources")
    @Then("the outcome of the lifecycle step is unspecified by the sources")
    @Then("资料未规定接口调用结果")
    @Then("资料未规定该操作的结果")
    public void outcomeUnspecified() {
        checks().check(PermissionAspect.OUTCOME, null, d -> d.outcome(), PlatformObservation::outcome,
                AspectMatcher.equality());
    }

    @Then("the import is refused with a message containing {string}")
    @Then("导入失败，提示信息包含 {string}")
    public void importRefused(String message) {
        outcome(CallOutcome.FAIL);
        checks().check(PermissionAspect.MESSAGE, List.of(message), d -> d.messagePatterns(),
                PlatformObservation::message, AspectMatcher.containsAny());
    }

    @Then("the response withholds the field {string}")
    @Then("响应中不返回字段 {string}")
    public void withholds(String field) {
        field(field, false);
    }

    @Then("the response carries the field {string}")
    @Then("响应中返回字段 {string}")
    public void carries(String field) {
        field(field, true);
    }

    @Then("{string} {statedState} for the {identity} identity")
    public void hasState(String permission, PermissionState state, Identity identity) {
        state(new PermissionRef(permission, identity), state);
    }

    @Then("{identity}权限 {string} {statedStateZh}")
    public void hasStateZh(Identity identity, String permission, PermissionState state) {
        hasState(permission, state, identity);
    }

    @Then("{string} is not enabled for the {identity} identity")
    public void isNotEnabled(String permission, Identity identity) {
        PermissionRef ref = new PermissionRef(permission, identity);
        String app = app();
        // A rejected version leaves its permissions' exact state open but states that they are not enabled.
        checks().check(PermissionAspect.STATES, Boolean.FALSE,
                d -> d.isUnspecified(PermissionAspect.STATES) ? (d.notEnabled().contains(ref) ? Boolean.FALSE : null)
                        : Boolean.valueOf(platform().app(app).state(ref) == PermissionState.ENABLED),
                o -> observedState(o, ref) == PermissionState.ENABLED, AspectMatcher.equality(),
                d -> d.notEnabled().contains(ref));
    }

    @Then("{identity}权限 {string} 未开通")
    public void isNotEnabledZh(Identity identity, String permission) {
        isNotEnabled(permission, identity);
    }

    @Then("the sources name no version status after this step")
    @Then("资料未规定该操作后的版本状态")
    public void versionStatusUnspecified() {
        checks().check(PermissionAspect.VERSION_STATUS, null, d -> d.versionStatus(),
                PlatformObservation::versionStatus, AspectMatcher.equality());
    }

    @Then("the version status is {versionStatus}")
    @Then("版本状态为{versionStatus}")
    public void versionStatus(VersionStatus status) {
        checks().check(PermissionAspect.VERSION_STATUS, status, d -> d.versionStatus(),
                PlatformObservation::versionStatus, AspectMatcher.equality());
    }

    @Then("the import lists {string} for the {identity} identity")
    public void importLists(String permission, Identity identity) {
        List<String> keys = split(permission);
        checks().check(PermissionAspect.IMPORTED, keys, d -> sorted(tab(d.imported(), identity)),
                o -> sorted(tab(o.imported(), identity)), AspectMatcher.equality());
    }

    @Then("导入结果的{identity}页签列出 {string}")
    public void importListsZh(Identity identity, String permission) {
        importLists(permission, identity);
    }

    @Then("the import shows no {identity} identity tab")
    @Then("导入结果不展示{identity}页签")
    public void importShowsNoTab(Identity identity) {
        checks().check(PermissionAspect.IMPORTED, "no tab",
                d -> d.imported() == null ? null : tab(d.imported(), identity) == null ? "no tab" : "a tab",
                o -> o.imported() == null ? null : tab(o.imported(), identity) == null ? "no tab" : "a tab",
                AspectMatcher.equality());
    }

    @Then("the export is {}")
    @Then("导出内容为 {}")
    public void exportIs(String json) {
        ScopesExport stated = parseExport(json.trim());
        checks().check(PermissionAspect.EXPORT, normalise(stated), d -> normalise(d.export()),
                o -> normalise(o.export()), AspectMatcher.equality());
    }

    @Then("scopes lint flags {string} of the {identity} identity as unneeded")
    public void lintFlagsUnneeded(String permissions, Identity identity) {
        lintUnneeded(split(permissions).stream().map(p -> identity.wireName() + ":" + p).sorted().toList());
    }

    @Then("scopes lint 将{identity}权限 {string} 标为不需要")
    public void lintFlagsUnneededZh(Identity identity, String permissions) {
        lintFlagsUnneeded(permissions, identity);
    }

    @Then("scopes lint flags no permission as unneeded")
    @Then("scopes lint 未将任何权限标为不需要")
    public void lintFlagsNothing() {
        lintUnneeded(List.of());
    }

    @Then("the new base is owned by the app")
    @Then("新建的多维表格归应用所有")
    public void ownedByApp() {
        owner(new ResourceOwner(OwnerKind.APP, app()));
    }

    @Then("the new base is owned by user {string}")
    @Then("新建的多维表格归用户 {string} 所有")
    public void ownedByUser(String user) {
        owner(new ResourceOwner(OwnerKind.USER, user));
    }

    @Then("the change event is delivered")
    @Then("应用收到该变更事件")
    public void delivered() {
        delivered(Boolean.TRUE);
    }

    @Then("the change event is not delivered")
    @Then("应用收不到该变更事件")
    public void notDelivered() {
        delivered(Boolean.FALSE);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Least privilege (seed 001 §权限申请原则, guidance for developers): the oracle says which applied permissions
     * the lint must flag; the kit's {@code scopes lint} (LeastPrivilege.lint) runs on the export the target answered.
     */
    private void lintUnneeded(List<String> stated) {
        if (lintPlan.isEmpty()) {
            throw new IllegalStateException("KIT DEFECT: a scopes lint step needs an export with a plan before it");
        }
        io.scopekit.spec.PermissionModelSpec model = platform().model();
        io.scopekit.privilege.PermissionPlan plan = new io.scopekit.privilege.PermissionPlan(
                lintPlan.get(0).identity().wireName(), lintPlan.stream().map(ApiCall::api).toList(), List.of());
        checks().check(PermissionAspect.EXPORT, stated,
                d -> d.unneeded() == null ? null
                        : d.unneeded().stream().map(r -> r.identity().wireName() + ":" + r.permission()).sorted().toList(),
                o -> o.export() == null ? null : io.scopekit.privilege.LeastPrivilege.lint(model, plan,
                                new io.scopekit.privilege.BatchExport("export", lists(o.export()))).findings().stream()
                        .filter(f -> f.kind() == io.scopekit.privilege.Finding.Kind.UNNEEDED)
                        .map(f -> f.identity() + ":" + f.subject()).sorted().toList(),
                AspectMatcher.equality());
    }

    private static java.util.Map<String, List<String>> lists(ScopesExport export) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        ScopeLists l = export.scopes();
        out.put(Identity.TENANT.wireName(), l == null || l.tenant() == null ? List.of() : l.tenant());
        out.put(Identity.USER.wireName(), l == null || l.user() == null ? List.of() : l.user());
        return out;
    }

    private void outcome(CallOutcome stated) {
        checks().check(PermissionAspect.OUTCOME, stated, d -> d.outcome(), PlatformObservation::outcome,
                AspectMatcher.equality());
    }

    private void field(String field, boolean returned) {
        checks().check(PermissionAspect.FIELDS, returned,
                d -> d.fields() == null ? null : d.fields().contains(field),
                o -> o.fields() == null ? null : o.fields().contains(field), AspectMatcher.equality());
    }

    /** The state after the last request, as the conversation threaded it from the oracle's decisions. */
    private void state(PermissionRef ref, PermissionState stated) {
        String app = app();
        checks().check(PermissionAspect.STATES, stated, d -> platform().app(app).state(ref),
                o -> observedState(o, ref), AspectMatcher.equality());
    }

    private void owner(ResourceOwner stated) {
        checks().check(PermissionAspect.RESOURCE_OWNER, stated, d -> d.resourceOwner(),
                PlatformObservation::resourceOwner, AspectMatcher.equality());
    }

    private void delivered(Boolean stated) {
        checks().check(PermissionAspect.DELIVERED, stated, d -> d.delivered(),
                PlatformObservation::delivered, AspectMatcher.equality());
    }

    private static ScopesExport parseExport(String json) {
        try {
            JsonNode scopes = JsonMapper.builder().build().readTree(json).get("scopes");
            return new ScopesExport(new ScopeLists(keys(scopes, "tenant"), keys(scopes, "user")));
        } catch (JacksonException | NullPointerException e) {
            throw new IllegalArgumentException("KIT DEFECT: the scenario's export is not "
                    + "{\"scopes\":{\"tenant\":[...],\"user\":[...]}}: " + json, e);
        }
    }

    private static @Nullable List<String> keys(JsonNode scopes, String identity) {
        JsonNode list = scopes.get(identity);
        if (list == null || list.isNull()) {
            return null;
        }
        return list.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split("[,，、]")).map(String::trim).filter(s -> !s.isEmpty()).sorted()
                .toList();
    }

    private String app() {
        return platform().defaultApp();
    }

    private PermissionConversation platform() {
        return state.platformConversation();
    }

    private CheckRecorder<PermissionAspect, PermissionDecision, PlatformObservation> checks() {
        return state.permissionChecks();
    }
}
