@platform-kuaishou @source-002 @source-public @behaviour-authorize-ahead
Feature: Kuaishou mini-program — ks.authorize
  Sources: seed 002_e6de7b55752006f3.txt, section "scope 列表" (scopes the port supports on 快手小程序); Kuaishou's
  ks.authorize page (see platform-specs/kuaishou.yaml, document ks-authorize): 调用后会立刻弹窗询问用户是否同意授权…
  如果用户之前已经同意授权，则不会出现弹窗，直接返回成功。 Calls of scoped APIs and a previous denial are not described.

  @req-KS-AUTHORIZE-NEVER-ASKED
  Scenario Outline: ks.authorize for <scope> asks the user and succeeds when the user allows
    Given a Kuaishou mini-program user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user allows
    Then the user is asked to allow "<scope>"
    And the request succeeds

    Examples:
      | scope                        |
      | scope.userInfo               |
      | scope.userLocation           |
      | scope.userLocationBackground |
      | scope.record                 |
      | scope.writePhotosAlbum       |
      | scope.camera                 |

  @req-KS-AUTHORIZE-DENIED
  Scenario: ks.authorize after the user denied is not described
    Given a Kuaishou mini-program user who was never asked for "scope.camera"
    When the app asks ahead for "scope.camera" and the user denies
    And the app asks ahead for "scope.camera"
    Then the outcome is unspecified by the sources
