@platform-uni-authorize @source-002 @source-public @behaviour-renamed-scope
Feature: @uni/authorize — ByteDance calls the photo-album scope scope.album
  Sources: seed 002_e6de7b55752006f3.txt, section "scope 列表" (scope.writePhotosAlbum | 保存到相册 | saveImage,
  saveVideo, supported on 字节跳动小程序); ByteDance's own name for that scope is scope.album
  (https://developer.open-douyin.com/docs/resource/zh-CN/mini-game/develop/guide/basic-function/authorization,
  "scope 列表": scope.album | tt.saveImageToPhotosAlbum, tt.saveVideoToPhotosAlbum | 是否授权保存到相册).
  The port asks under its own scope id (scope.writePhotosAlbum); the oracle resolves the call to ByteDance's
  scope.album, which is the scope every check record of these scenarios carries.

  @req-UNI-BYTEDANCE-ALBUM
  Scenario Outline: Saving with <api> in the ByteDance container is asked for as the port's scope.writePhotosAlbum
    Given an app using @uni/authorize in the "bytedance" container
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "scope.writePhotosAlbum"
    And the call succeeds

    Examples:
      | api       |
      | saveImage |
      | saveVideo |

  @req-UNI-WECHAT-ALBUM
  Scenario: Saving in the WeChat container asks for scope.writePhotosAlbum under its own name
    Given an app using @uni/authorize in the "wechat" container
    When the app calls "saveImage" and the user allows
    Then the user is asked to allow "scope.writePhotosAlbum"
    And the call succeeds
