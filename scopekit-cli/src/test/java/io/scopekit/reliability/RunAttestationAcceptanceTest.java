package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.ExitCode;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24, item 4: a run's results can be checked by anyone. A real run against a failing target is edited the way
 * the adversarial probe did ({@code sed s/failed/passed/g messages.ndjson}); {@code report merge} and
 * {@code report verify} recompute every check from its own expected, stated and observed values and refuse it.
 */
class RunAttestationAcceptanceTest {

    @TempDir
    static Path shared;

    /** A complete run whose target forgets scripted answers, so consent prompts end in failed checks. */
    private static Path failingRun;

    @TempDir
    Path root;

    @BeforeAll
    static void runAgainstAFailingTarget() throws IOException {
        VerifyRun run = VerifyRun.run("verify", "--target", "class:io.scopekit.testsupport.ForgetfulTarget",
                "--platform", "wechat-miniprogram", "--tags", "@behaviour-never-asked-call",
                "--report", shared.resolve("forgetful").toString());
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        failingRun = shared.resolve("forgetful").resolve("latest").toRealPath();
    }

    @Test
    void should_refuse_to_merge_a_run_whose_failed_checks_were_edited_to_passed() throws IOException {
        // GIVEN a copy of the failing run with every failed turned into passed, as sed -i 's/failed/passed/g;
        // s/FAILED/PASSED/g' would (before issue 24 this merged as conformant, exit 0)
        Path run = copy(failingRun, root.resolve("edited"));
        editedToPassed(run);

        // WHEN it is merged on its own
        VerifyRun merge = VerifyRun.run("report", "merge", run.toString(), "--out", root.resolve("out").toString());

        // THEN the merge refuses it, naming the file, the line and the check whose values disagree with its status
        then(merge.exitCode()).as(merge.out() + merge.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(merge.out()).doesNotContain("conformant");
        then(merge.err()).containsPattern(java.util.regex.Pattern.quote(run.resolve("messages.ndjson").toString())
                        + ":\\d+: check WMP-NEVER-ASKED-[A-Z-]+ wechat-miniprogram prompts of scope\\.[A-Za-z]+: "
                        + "recorded passed but its values give failed \\(expected \\[consent\\(scope");
        then(root.resolve("out").resolve("summary.json")).doesNotExist();
    }

    @Test
    void should_report_each_edited_check_when_report_verify_reads_a_sed_edited_run() throws IOException {
        // GIVEN the failing run edited by sed
        Path run = copy(failingRun, root.resolve("edited"));
        editedToPassed(run);

        // WHEN report verify reads it
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString());

        // THEN it does not verify: the edited records by file and line, and the changed stream's hash
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FINDINGS);
        then(verify.out()).startsWith("does not verify: ");
        then(verify.err()).contains(run.resolve("messages.ndjson") + ":")
                .contains("recorded passed but its values give failed")
                .contains("observed error: prompt consent(scope.")
                .contains(run.resolve("messages.ndjson") + ": SHA-256 ");
    }

    @Test
    void should_verify_an_untouched_run_of_a_failing_target_without_a_key() throws IOException {
        // GIVEN the failing run as written / WHEN verified without a key
        VerifyRun verify = VerifyRun.run("report", "verify", failingRun.toString());

        // THEN every record agrees with its values and every bound file with the manifest
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.OK);
        then(verify.out()).startsWith("verified: 18 check records agree with their values, 8 files with "
                + "attestation.json, signature unsigned");
    }

    @Test
    void should_still_check_the_hashes_when_an_unsigned_run_json_was_edited() throws IOException {
        // GIVEN an unsigned run whose run.json now names another target
        Path run = copy(failingRun, root.resolve("edited"));
        sed(run.resolve("run.json"), "\"forgetful\"", "\"reference\"");

        // WHEN verified without a key
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString());

        // THEN the manifest and the certificate both disagree with the file
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FINDINGS);
        then(verify.err()).contains(run.resolve("run.json") + ": SHA-256 ")
                .contains("the certificate's SHA-256 of run.json is ");
    }

    @Test
    void should_verify_a_signed_run_with_the_certifiers_public_key() throws IOException {
        // GIVEN a key pair and the run signed with its private key
        Path run = copy(failingRun, root.resolve("signed"));
        Path key = keygen();

        VerifyRun sign = VerifyRun.run("report", "sign", run.toString(), "--key", key.toString());
        then(sign.exitCode()).as(sign.out() + sign.err()).isEqualTo(ExitCode.OK);

        // WHEN verified with the public key
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString(), "--key",
                root.resolve("key.pub.jwk").toString());

        // THEN the signature holds
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.OK);
        then(verify.out()).contains("signature verified");
        then(Files.readString(run.resolve("attestation.jws")).strip()).matches("[\\w-]+\\.\\.[\\w-]+");
    }

    @Test
    void should_not_verify_a_signed_run_whose_messages_and_manifest_were_rewritten() throws IOException {
        // GIVEN a signed run whose stream was edited and whose manifest was rewritten to match the edit
        Path run = signedCopy("rewritten");
        sed(run.resolve("messages.ndjson"), "scope.werun", "scope.weRun");
        String manifest = Files.readString(run.resolve("attestation.json"));
        String before = failingRunHash("messages.ndjson");
        Files.writeString(run.resolve("attestation.json"), manifest.replace(before,
                io.scopekit.report.Attestation.sha256(run.resolve("messages.ndjson"))));

        // WHEN verified with the public key
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString(), "--key",
                root.resolve("key.pub.jwk").toString());

        // THEN the signature no longer matches the manifest
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FINDINGS);
        then(verify.err()).contains(run.resolve("attestation.jws") + ": the signature does not match attestation.json");
    }

    @Test
    void should_not_verify_a_signed_run_whose_messages_were_changed() throws IOException {
        // GIVEN a signed run with one line of its stream dropped
        Path run = signedCopy("cut");
        List<String> lines = lines(run.resolve("messages.ndjson"));
        Files.write(run.resolve("messages.ndjson"), lines.subList(1, lines.size()));

        // WHEN verified with the public key
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString(), "--key",
                root.resolve("key.pub.jwk").toString());

        // THEN the stream's hash differs from the signed manifest's
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FINDINGS);
        then(verify.err()).contains(run.resolve("messages.ndjson") + ": SHA-256 ");
    }

    @Test
    void should_not_verify_a_signed_run_whose_run_json_was_changed() throws IOException {
        // GIVEN a signed run whose run.json names another target
        Path run = signedCopy("target");
        sed(run.resolve("run.json"), "\"forgetful\"", "\"reference\"");

        // WHEN verified with the public key
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString(), "--key",
                root.resolve("key.pub.jwk").toString());

        // THEN run.json's hash differs
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FINDINGS);
        then(verify.err()).contains(run.resolve("run.json") + ": SHA-256 ");
    }

    @Test
    void should_not_verify_a_run_whose_signature_was_changed_or_made_with_another_key() throws IOException {
        // GIVEN a signed run whose signature lost a character, and the public key of another pair
        Path run = signedCopy("signature");
        String jws = Files.readString(run.resolve("attestation.jws")).strip();
        char last = jws.charAt(jws.length() - 2);
        Files.writeString(run.resolve("attestation.jws"),
                jws.substring(0, jws.length() - 2) + (last == 'A' ? 'B' : 'A') + jws.charAt(jws.length() - 1));
        VerifyRun other = VerifyRun.run("report", "keygen", "--out", root.resolve("other.jwk").toString());
        then(other.exitCode()).as(other.err()).isEqualTo(ExitCode.OK);

        // WHEN verified with the right key, and an untouched signed run with the other key
        VerifyRun changed = VerifyRun.run("report", "verify", run.toString(), "--key",
                root.resolve("key.pub.jwk").toString());
        Path intact = copy(failingRun, root.resolve("intact"));
        then(VerifyRun.run("report", "sign", intact.toString(), "--key", root.resolve("key.jwk").toString())
                .exitCode()).isEqualTo(ExitCode.OK);
        VerifyRun wrongKey = VerifyRun.run("report", "verify", intact.toString(), "--key",
                root.resolve("other.pub.jwk").toString());

        // THEN neither verifies, each saying why
        then(changed.exitCode()).as(changed.out() + changed.err()).isEqualTo(ExitCode.FINDINGS);
        then(changed.err()).contains("attestation.jws: the signature does not match");
        then(wrongKey.exitCode()).as(wrongKey.out() + wrongKey.err()).isEqualTo(ExitCode.FINDINGS);
        then(wrongKey.err()).contains("attestation.jws: signed with key ").contains("not with the given key");
    }

    @Test
    void should_require_a_signature_when_a_key_is_given() throws IOException {
        // GIVEN an unsigned run and a key
        Path run = copy(failingRun, root.resolve("unsigned"));
        keygen();

        // WHEN verified with the key
        VerifyRun verify = VerifyRun.run("report", "verify", run.toString(), "--key",
                root.resolve("key.pub.jwk").toString());

        // THEN the missing signature is a finding
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.FINDINGS);
        then(verify.err()).contains("attestation.jws: no signature");
    }

    @Test
    void should_refuse_to_sign_a_run_that_does_not_verify() throws IOException {
        // GIVEN a sed-edited run and a key
        Path run = copy(failingRun, root.resolve("edited"));
        editedToPassed(run);
        Path key = keygen();

        // WHEN the certifier tries to sign it
        VerifyRun sign = VerifyRun.run("report", "sign", run.toString(), "--key", key.toString());

        // THEN nothing is signed
        then(sign.exitCode()).as(sign.out() + sign.err()).isEqualTo(ExitCode.FINDINGS);
        then(sign.out()).startsWith("not signed: ");
        then(run.resolve("attestation.jws")).doesNotExist();
    }

    @Test
    void should_name_a_key_that_is_not_an_ec_p256_jwk_as_bad_input() throws IOException {
        // GIVEN a file that is no JSON Web Key
        Path notAKey = Files.writeString(root.resolve("key.jwk"), "{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}");

        // WHEN it is given as the key
        VerifyRun verify = VerifyRun.run("report", "verify", failingRun.toString(), "--key", notAKey.toString());

        // THEN bad input naming the file and what was expected
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.BAD_INPUT);
        then(verify.err()).contains(notAKey + ": a oct key; expected an EC P-256 JWK");
    }

    @Test
    void should_write_a_merged_run_that_verifies() throws IOException {
        // GIVEN the failing run merged on its own
        VerifyRun merge = VerifyRun.run("report", "merge", failingRun.toString(), "--out",
                root.resolve("out").toString());
        then(merge.exitCode()).as(merge.err()).isEqualTo(ExitCode.FINDINGS);

        // WHEN the merged directory is verified
        VerifyRun verify = VerifyRun.run("report", "verify", root.resolve("out").toString());

        // THEN it verifies, its certificate holding the hashes of its own results
        then(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.OK);
        Path out = root.resolve("out");
        then(io.scopekit.report.Reports.readSummary(out.resolve("summary.json")).certificate().files())
                .contains(new io.scopekit.report.RunInfo.FileHash("result", "messages.ndjson",
                        io.scopekit.report.Attestation.sha256(out.resolve("messages.ndjson"))));
    }

    private Path keygen() {
        VerifyRun keygen = VerifyRun.run("report", "keygen", "--out", root.resolve("key.jwk").toString());
        then(keygen.exitCode()).as(keygen.err()).isEqualTo(ExitCode.OK);
        return root.resolve("key.jwk");
    }

    private Path signedCopy(String name) throws IOException {
        Path run = copy(failingRun, root.resolve(name));
        VerifyRun sign = VerifyRun.run("report", "sign", run.toString(), "--key", keygen().toString());
        then(sign.exitCode()).as(sign.out() + sign.err()).isEqualTo(ExitCode.OK);
        return run;
    }

    private static String failingRunHash(String file) throws IOException {
        return io.scopekit.report.Attestation.sha256(failingRun.resolve(file));
    }

    private static void editedToPassed(Path run) throws IOException {
        sed(run.resolve("messages.ndjson"), "failed", "passed");
        sed(run.resolve("messages.ndjson"), "FAILED", "PASSED");
    }

    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    static void sed(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        then(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
