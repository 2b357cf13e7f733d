@platform-bytedance-minigame @source-public
Feature: ByteDance (Douyin) mini-game — calling a scoped API and asking ahead
  Sources: the mini-game 用户授权 guide https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  ("用户授权": only the first call of an API prompts; allowed → the call runs, refused → this call fails; after a
  refusal the next call goes straight to fail unless the user switches the scope on; "scope 列表": the tt.* APIs) and
  the mini-game tt.authorize page https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/api/open-capacity/user-information/authorization/tt-authorize
  (asking ahead prompts; a scope already granted returns success with no interaction). Unlike the mini-program,
  the mini-game page carries no deprecation warning, so asking ahead is judged here.

  @req-BDG-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted <scope> lets <api> proceed without a prompt
    Given a ByteDance mini-game user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.album        | tt.saveVideoToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |
      | scope.camera       | tt.chooseImage              |
      | scope.camera       | tt.chooseVideo              |

  @req-BDG-NEVER-ASKED-CALL @behaviour-never-asked-call
  Scenario Outline: The first call of <api> asks for <scope> and proceeds when the user allows
    Given a ByteDance mini-game user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BDG-NEVER-ASKED-CALL-DENY @behaviour-never-asked-call
  Scenario: The first call fails when the user refuses, and the refusal is kept
    Given a ByteDance mini-game user who was never asked for "scope.camera"
    When the app calls "tt.scanCode" and the user denies
    Then the user is asked to allow "scope.camera"
    And the call fails
    And the error message is unspecified by the sources

  @req-BDG-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a denial <api> fails straight away, without a prompt
    Given a ByteDance mini-game user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.getLocation              |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BDG-AUTHORIZE-GRANTED @behaviour-authorize-ahead
  Scenario Outline: Asking ahead for a granted <scope> succeeds with no prompt
    Given a ByteDance mini-game user who granted "<scope>"
    When the app asks ahead for "<scope>"
    Then the request succeeds
    And no prompt is shown

    Examples:
      | scope              |
      | scope.userLocation |
      | scope.camera       |

  @req-BDG-AUTHORIZE-NEVER-ASKED @behaviour-authorize-ahead
  Scenario Outline: Asking ahead for a never-asked <scope> prompts
    Given a ByteDance mini-game user who was never asked for "<scope>"
    When the app asks ahead for "<scope>" and the user allows
    Then the user is asked to allow "<scope>"
    And the request succeeds

    Examples:
      | scope        |
      | scope.record |
      | scope.album  |

  @req-BDG-AUTHORIZE-DENIED @behaviour-authorize-when-denied
  Scenario: What asking ahead for a refused scope does is not described
    Given a ByteDance mini-game user who denied "scope.camera"
    When the app asks ahead for "scope.camera"
    Then the outcome is unspecified by the sources
