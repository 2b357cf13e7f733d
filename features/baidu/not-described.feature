@platform-baidu @source-002
Feature: Baidu smart mini-program — behaviour of the platform itself is not described
  Source: seed 002_e6de7b55752006f3.txt, section "scope 列表": the port supports scope.userLocation, scope.record,
  scope.writePhotosAlbum, scope.camera and scope.calendar on 百度小程序. No official Baidu page was found, so the
  platform's own behaviour is unspecified; the port's behaviour in the baidu container is checked by the
  uni-authorize features.

  @req-BA-AUTHORIZE-NOT-DESCRIBED @behaviour-authorize-ahead
  Scenario Outline: Asking ahead for <scope> on Baidu is not described
    Given a Baidu mini-program user
    When the app asks ahead for "<scope>" and the user allows
    Then the outcome is unspecified by the sources

    Examples:
      | scope                  |
      | scope.userLocation     |
      | scope.record           |
      | scope.writePhotosAlbum |
      | scope.camera           |
      | scope.calendar         |
