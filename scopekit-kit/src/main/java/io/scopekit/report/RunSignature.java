package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.scopekit.report.internal.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Signs and checks a run's {@value Attestation#MANIFEST} with a key the certifier holds: a detached JWS (RFC 7515,
 * appendix F) in {@value Attestation#SIGNATURE}, algorithm ES256 over an EC P-256 JSON Web Key (RFC 7517), made
 * and checked by Nimbus JOSE+JWT. ES256 needs nothing beyond the JDK's own providers (Ed25519 would need Tink).
 */
@API(status = EXPERIMENTAL)
public final class RunSignature {

    /** The one algorithm accepted: ECDSA over P-256 with SHA-256. */
    public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

    private RunSignature() {}

    /** A key pair as written by {@link #keygen}: the private key's file and the public key's file. */
    public record KeyFiles(Path privateKey, Path publicKey, String keyId) {}

    /**
     * Writes a new P-256 key: the private JWK to {@code out} (owner read/write only where the file system has POSIX
     * permissions) and the public JWK beside it ({@code key.jwk} → {@code key.pub.jwk}).
     *
     * @throws ReportInputException when {@code out} or the public key's file already exists (a key is never
     *     overwritten)
     */
    public static KeyFiles keygen(Path out) throws IOException {
        Path publicFile = publicKeyFile(out);
        for (Path p : new Path[] {out, publicFile}) {
            if (Files.exists(p)) {
                throw new ReportInputException(p + ": already exists (a key is never overwritten)");
            }
        }
        ECKey key;
        try {
            key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM)
                    .keyIDFromThumbprint(true).issueTime(java.util.Date.from(Instant.now())).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("the JDK cannot make a P-256 key: " + e.getMessage(), e);
        }
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(out, key.toJSONString() + "\n", StandardCharsets.UTF_8);
        Files.writeString(publicFile, key.toPublicJWK().toJSONString() + "\n", StandardCharsets.UTF_8);
        return new KeyFiles(out, publicFile, key.getKeyID());
    }

    /** Returns the public key's file of a private key's file: {@code key.jwk} → {@code key.pub.jwk}. */
    public static Path publicKeyFile(Path privateKey) {
        String name = privateKey.getFileName().toString();
        String stem = name.endsWith(".jwk") ? name.substring(0, name.length() - 4) : name;
        return privateKey.resolveSibling(stem + ".pub.jwk");
    }

    /**
     * Signs {@code dir}'s manifest with the private key in {@code keyFile}, writing {@value Attestation#SIGNATURE}.
     *
     * @return the key id in the signature's header
     * @throws ReportInputException when the key file is not an EC P-256 private JWK or the run has no manifest
     */
    public static String sign(Path dir, Path keyFile) throws IOException {
        ECKey key = readKey(keyFile);
        if (!key.isPrivate()) {
            throw new ReportInputException(keyFile + ": a public key; signing needs the private key "
                    + "(scopekit report keygen writes both)");
        }
        byte[] manifest = manifestBytes(dir);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(ALGORITHM).keyID(key.getKeyID()).build(),
                new Payload(manifest));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new ReportInputException(keyFile + ": cannot sign with this key (" + e.getMessage() + ")");
        }
        AtomicFiles.writeString(dir.resolve(Attestation.SIGNATURE), jws.serialize(true) + "\n");
        return Objects.requireNonNullElse(key.getKeyID(), "(no key id)");
    }

    /**
     * Checks {@code dir}'s signature over its manifest with the public key in {@code keyFile} (a private key file
     * works too: only its public part is used).
     *
     * @return {@code null} when the signature is valid, else what is wrong
     * @throws ReportInputException when the key file is not an EC P-256 JWK
     */
    public static @Nullable String check(Path dir, Path keyFile) throws IOException {
        ECKey key = readKey(keyFile).toPublicJWK();
        Path signature = dir.resolve(Attestation.SIGNATURE);
        if (!Files.isRegularFile(signature)) {
            return signature + ": no signature (sign the run with 'scopekit report sign " + dir + " --key KEY.jwk')";
        }
        byte[] manifest = manifestBytes(dir);
        String text = Files.readString(signature, StandardCharsets.UTF_8).strip();
        JWSObject jws;
        try {
            jws = JWSObject.parse(text, new Payload(manifest));
        } catch (ParseException e) {
            return signature + ": not a detached JWS (" + e.getMessage() + ")";
        }
        if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
            return signature + ": algorithm " + jws.getHeader().getAlgorithm() + ", expected " + ALGORITHM;
        }
        String kid = jws.getHeader().getKeyID();
        if (kid != null && key.getKeyID() != null && !kid.equals(key.getKeyID())) {
            return signature + ": signed with key " + kid + ", not with the given key " + key.getKeyID();
        }
        try {
            if (!jws.verify(new ECDSAVerifier(key))) {
                return signature + ": the signature does not match " + Attestation.MANIFEST
                        + " and the given key (the manifest or the signature was changed, or another key signed it)";
            }
        } catch (JOSEException e) {
            return signature + ": cannot be checked with this key (" + e.getMessage() + ")";
        }
        return null;
    }

    private static byte[] manifestBytes(Path dir) throws IOException {
        Path manifest = dir.resolve(Attestation.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new ReportInputException(manifest + ": missing (the run was written by a kit before issue 24)");
        }
        return Files.readAllBytes(manifest);
    }

    private static ECKey readKey(Path keyFile) throws IOException {
        if (!Files.isRegularFile(keyFile)) {
            throw new ReportInputException(keyFile + ": no such key file");
        }
        JWK jwk;
        try {
            jwk = JWK.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new ReportInputException(keyFile + ": not a JSON Web Key (" + e.getMessage() + ")");
        }
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new ReportInputException(keyFile + ": a " + jwk.getKeyType() + " key; expected an EC P-256 JWK "
                    + "(kty EC, crv P-256), as 'scopekit report keygen' writes");
        }
        return ec;
    }
}
