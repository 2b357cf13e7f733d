@platform-alipay @source-public
Feature: Alipay mini-program — asking ahead goes through my.getAuthCode, as Alipay has no my.authorize
  Sources: Alipay's authorization API page https://docs.alipay.com/mini/api/openapi-authorize (my.getAuthCode; 入参:
  scopes 支持 auth_base（静默授权）/ auth_user（主动授权）/auth_zhima — used for: the scopes the kit's "asks ahead"
  maps onto my.getAuthCode) and the my.getAuthCode page of the Alipay+ docs
  https://miniprogram.alipay.com/docs-besuperapp/miniprogram_besuperapp/mpdev/api_openapi_getauthcode (callback
  fields authCode, authSuccessScopes, authErrorScopes; failures carry error / errorMessage, no errMsg).
  Alipay documents no my.authorize (platform-specs/alipay.yaml container.absent), so the kit's ahead-of-use request is
  my.getAuthCode for the scopes that API takes and does not exist for any other scope: what it does there is not
  described. Whether auth_user or auth_zhima prompt is not-described.feature's concern.

  @req-AP-AUTHORIZE-GETAUTHCODE-FIELDS @behaviour-response-fields
  Scenario: Asking ahead for auth_base answers with my.getAuthCode's success fields
    Given an Alipay mini-program user
    When the app asks ahead for "auth_base"
    Then the request succeeds
    And no prompt is shown
    And the response carries "authCode, authErrorScopes, authSuccessScopes"

  @req-AP-AUTHORIZE-NO-API @behaviour-authorize-ahead
  Scenario Outline: Asking ahead for <scope>, which no Alipay consent API asks for, is not described
    Given an Alipay mini-program user
    When the app asks ahead for "<scope>" and the user allows
    Then the outcome is unspecified by the sources
    And the response fields are unspecified by the sources

    Examples:
      | scope                  |
      | scope.userInfo         |
      | scope.writePhotosAlbum |
      | scope.camera           |
