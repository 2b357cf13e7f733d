@platform-alipay @source-002 @source-public
Feature: Alipay mini-program — behaviour of the platform itself is not described
  Sources: seed 002_e6de7b55752006f3.txt (the @uni/authorize port's statements are the port's, not Alipay's);
  https://miniprogram.alipay.com/docs/miniprogram/mpdev/api_openapi_getauthcode (my.getAuthCode scopes).
  Alipay's my.getSetting and my.openSetting pages (https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/api_device_setting_getsetting ,
  https://miniprogram.alipay.com/docs/miniprogram_claro/mpdev/api_device_setting_opensetting ) were read too: they settle getSetting and the settings
  page (settings.feature) but say nothing of what a call does (platform-specs/alipay.yaml lists, per key, the
  pages read and found silent in `silentIn`). Alipay documents no my.authorize.
  No source states how Alipay itself handles granted, never-asked or denied scopes, so the kit does not judge it;
  auth_base, documented as silent (静默授权), is checked in silent-scope.feature.
  Alipay's authCode / authSuccessScopes / authErrorScopes are checked through the port (uni-authorize features).

  @req-AP-CALL-NOT-DESCRIBED @behaviour-never-asked-call
  Scenario Outline: Calling <api> on Alipay is not described
    Given an Alipay mini-program user
    When the app calls "<api>" and the user allows
    Then the outcome is unspecified by the sources

    Examples:
      | api                          |
      | zhima.credit.score.brief.get |

  @req-AP-AUTHORIZE-NOT-DESCRIBED @behaviour-authorize-ahead
  Scenario Outline: Asking ahead for <scope> on Alipay is not described
    Given an Alipay mini-program user
    When the app asks ahead for "<scope>" and the user allows
    Then the outcome is unspecified by the sources

    Examples:
      | scope      |
      | auth_user  |
      | auth_zhima |
