@platform-baidu @source-public
Feature: Baidu smart mini-program — calling a scoped API
  Sources: Baidu's swan.authorize page https://smartprogram.baidu.com/docs/develop/api/open/authorize_swan-authorize/ (section "scope 有效值列表": the scopes and the APIs they guard) and
  Baidu's 授权 guide, read in the copy https://w3cschool.cn/baiduapp/baiduapp-zpyt39sd.html (section "此类接口调用时需注意"):
  never asked → a prompt, the call goes on once the user agrees; granted → no prompt, the API is called directly;
  refused → no prompt, the fail callback. No page gives the errMsg of a refusal. scope.camera guards the camera
  component only (no API) and is not exercised.

  @req-BA-GRANTED-CALL @behaviour-granted-call
  Scenario Outline: A granted <scope> lets <api> proceed without a prompt
    Given a Baidu mini-program user who granted "<scope>"
    When the app calls "<api>"
    Then the call succeeds
    And no prompt is shown

    Examples:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.userLocation     | swan.chooseLocation         |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |

  @req-BA-NEVER-ASKED-ALLOW @behaviour-never-asked-call
  Scenario Outline: The first call of <api> asks for <scope> and proceeds when the user allows
    Given a Baidu mini-program user who was never asked for "<scope>"
    When the app calls "<api>" and the user allows
    Then the user is asked to allow "<scope>"
    And the call succeeds

    Examples:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |

  @req-BA-NEVER-ASKED-DENY @behaviour-never-asked-call
  Scenario Outline: The first call of <api> asks for <scope> and fails when the user refuses
    Given a Baidu mini-program user who was never asked for "<scope>"
    When the app calls "<api>" and the user denies
    Then the user is asked to allow "<scope>"
    And the call fails

    Examples:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |

  @req-BA-DENIED-CALL @behaviour-denied-call
  Scenario Outline: After a refusal <api> fails straight away, without a prompt
    Given a Baidu mini-program user who denied "<scope>"
    When the app calls "<api>"
    Then the call fails
    And no prompt is shown
    And the error message is unspecified by the sources

    Examples:
      | scope                  | api                         |
      | scope.userInfo         | swan.getUserInfo            |
      | scope.userLocation     | swan.getLocation            |
      | scope.userLocation     | swan.chooseLocation         |
      | scope.writePhotosAlbum | swan.saveImageToPhotosAlbum |
      | scope.address          | swan.chooseAddress          |
      | scope.invoiceTitle     | swan.chooseInvoiceTitle     |
      | scope.record           | swan.getRecorderManager     |
