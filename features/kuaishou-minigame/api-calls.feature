@platform-kuaishou-minigame @source-public
Feature: Kuaishou mini-game — calling a scoped API
  Sources: the mini-game 权限 guide https://ks-game-docs.kuaishou.com/minigame/guide/framework/permission.html
  ("权限": a scope never answered (or never refused) prompts; a granted scope's API is called directly; a refused
  scope's call goes straight to fail with no prompt; "scope 列表": scope.userInfo → ks.getUserInfo,
  scope.writePhotosAlbum → ks.saveImageToPhotosAlbum). The guide names ks.authorize for asking ahead
  ("提前发起授权请求") but says neither what it answers for a granted scope nor for a refused one, and gives no
  error message for a refusal.

  @req-KSG-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted <scope> lets <api> proceed without a prompt
    Given a Kuaishou mini-game user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-NEVER-ASKED-CALL @behaviour-never-asked-call
  Scenario Outline: The first call of <api> asks for <scope> and proceeds when the user allows
    Given a Kuaishou mini-game user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-NEVER-ASKED-CALL-DENY @behaviour-never-asked-call
  Scenario: The first call fails when the user refuses
    Given a Kuaishou mini-game user who was never asked for "scope.writePhotosAlbum"
    When the app calls "ks.saveImageToPhotosAlbum" and the user denies
    Then the user is asked to allow "scope.writePhotosAlbum"
    And the call fails
    And the error message is unspecified by the sources

  @req-KSG-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a refusal <api> fails straight away, without a prompt
    Given a Kuaishou mini-game user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources

    Examples:
      | scope                  | api                       |
      | scope.userInfo         | ks.getUserInfo            |
      | scope.writePhotosAlbum | ks.saveImageToPhotosAlbum |

  @req-KSG-AUTHORIZE-AHEAD @behaviour-authorize-ahead
  Scenario: What asking ahead for a granted scope answers is not described
    Given a Kuaishou mini-game user who granted "scope.writePhotosAlbum"
    When the app asks ahead for "scope.writePhotosAlbum"
    Then the outcome is unspecified by the sources

  @req-KSG-AUTHORIZE-DENIED @behaviour-authorize-when-denied
  Scenario: What asking ahead for a refused scope answers is not described
    Given a Kuaishou mini-game user who denied "scope.writePhotosAlbum"
    When the app asks ahead for "scope.writePhotosAlbum"
    Then the outcome is unspecified by the sources
