@platform-bytedance @source-002 @source-public
Feature: ByteDance (Douyin) mini-program — calling a scoped API
  Sources: seed 002_e6de7b55752006f3.txt, section "scope 列表" (scopes the port supports on 字节跳动小程序);
  https://developer.open-douyin.com/docs/resource/zh-CN/mini-app/develop/tutorial/open-capabilities/general-capabilities/user-authorization
  ("授权机制": 首次调用一定会弹出用户授权弹窗；用户拒绝：本次调用失败，进入 fail 回调，再次调用同 API 时不再弹窗);
  https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization
  ("scope 列表": tt.* APIs; scope.album is ByteDance's name for the photo-album scope).

  @req-BD-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted <scope> lets <api> proceed without a prompt
    Given a ByteDance mini-program user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope              | api                           |
      | scope.userLocation | tt.chooseLocation             |
      | scope.userLocation | tt.getLocation                |
      | scope.record       | tt.getRecorderManager.start   |
      | scope.album        | tt.saveImageToPhotosAlbum     |
      | scope.album        | tt.saveVideoToPhotosAlbum     |
      | scope.camera       | tt.scanCode                   |
      | scope.camera       | tt.chooseImage                |
      | scope.camera       | tt.chooseVideo                |

  @req-BD-NEVER-ASKED-CALL @behaviour-never-asked-call
  Scenario Outline: The first call of <api> asks for <scope> and proceeds when the user allows
    Given a ByteDance mini-program user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.chooseLocation           |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BD-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a denial <api> fails straight away, without a prompt
    Given a ByteDance mini-program user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources

    Examples:
      | scope              | api                         |
      | scope.userLocation | tt.chooseLocation           |
      | scope.record       | tt.getRecorderManager.start |
      | scope.album        | tt.saveImageToPhotosAlbum   |
      | scope.camera       | tt.scanCode                 |

  @req-BD-AUTHORIZE-AHEAD @behaviour-authorize-ahead
  Scenario: tt.authorize was taken offline for mini-programs; asking ahead is not judged
    Given a ByteDance mini-program user who was never asked for "scope.camera"
    When the app asks ahead for "scope.camera" and the user allows
    Then the outcome is unspecified by the sources
