package io.scopekit.oracle.internal;

import io.scopekit.content.KitContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.DebugHandler;
import org.drools.ancompiler.DeclarationsHandler;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.ancompiler.ObjectTypeNodeParser;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Drools' alpha-network compiler for the {@link Request} fact, compiled at build time and installed at start-up.
 *
 * <p>Why: every decision inserts and modifies one Request, and Drools then tests each of the Request patterns'
 * constraints through a separate lambda (a megamorphic call per alpha node). The alpha-network compiler turns that
 * network into one generated class, and decisions are markedly faster with it (README, Benchmarks). Generating and
 * compiling that class at run time costs more than the rest of start-up, so the build runs {@link #main} after
 * the executable model is compiled ({@code pom.xml}, execution {@code alpha-network}) and the jar carries the
 * class. At start-up {@link #install} wires it to the KieBase's nodes as Drools' own loader does
 * ({@code CompiledNetworkSources.createInstanceAndSet}), without regenerating the source.
 *
 * <p>The build records a fingerprint of the DRL it compiled; rules that differ (or {@code --rules DIR}) keep
 * Drools' ordinary alpha network, which decides the same, only slower.
 */
public final class CompiledAlphaNetwork {
    /** Classpath resource the build writes: the generated class name and the fingerprint of its rules. */
    static final String INDEX = "META-INF/scopekit/alpha-network.properties";

    private CompiledAlphaNetwork() {}

    /**
     * Installs the build-time compiled Request network into {@code kieBase} when it was compiled from exactly
     * {@code drl}; returns whether it did.
     */
    static boolean install(KieBase kieBase, Map<String, String> drl, ClassLoader loader) {
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return false;
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!fingerprint(drl).equals(index.getProperty("fingerprint"))) {
            return false;
        }
        ObjectTypeNode otn = requestNode(kieBase);
        try {
            Class<?> type = loader.loadClass(index.getProperty("class"));
            // The same steps ObjectTypeNodeCompiler.generateSource takes to find the constructor's arguments.
            ObjectTypeNodeParser parser = new ObjectTypeNodeParser(otn);
            parser.accept(new DebugHandler());
            if (parser.getIndexableConstraints().size() > 1) {
                parser.setTraverseHashedAlphaNodes(false);
            }
            DeclarationsHandler declarations = new DeclarationsHandler(new StringBuilder(), false);
            parser.accept(declarations);
            IndexableConstraint hashed = parser.getIndexableConstraint();
            ReadAccessor extractor = hashed == null ? null : hashed.getFieldExtractor();
            CompiledNetwork network = (CompiledNetwork) type.getDeclaredConstructor(ReadAccessor.class, Map.class)
                    .newInstance(extractor, declarations.getRangeIndexDeclarationMap());
            network.setStartingObjectTypeNode(otn);
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the compiled alpha network in the jar does not fit its rules: " + e, e);
        }
    }

    /** SHA-256 over the DRL files' names and texts, in name order, each followed by a NUL byte. */
    static String fingerprint(Map<String, String> drl) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        drl.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            bytes.writeBytes(e.getKey().getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            bytes.writeBytes(e.getValue().getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        });
        return KitContent.sha256(bytes.toByteArray());
    }

    private static ObjectTypeNode requestNode(KieBase kieBase) {
        for (ObjectTypeNode otn : ObjectTypeNodeCompiler.objectTypeNodes(((InternalRuleBase) kieBase).getRete())) {
            if (otn.getObjectType().getClassName().equals(Request.class.getName())) {
                return otn;
            }
        }
        throw new IllegalStateException("no rule matches " + Request.class.getName());
    }

    /**
     * Build step: generates the Request network of the embedded (precompiled) rules, compiles it into
     * {@code args[1]} (the classes directory) and writes the index there; sources go to {@code args[0]}.
     */
    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        ConsentRules rules = ConsentRules.embedded(false);
        CompiledNetworkSources network = new ObjectTypeNodeCompiler(requestNode(rules.kieBase())).generateSource();
        List<String> files = new ArrayList<>();
        // Large networks come with extra initialisation classes; a small one is the single class.
        Map<String, String> generated = network.getInitClasses() == null
                ? Map.of(network.getName(), network.getSource()) : network.getAllGeneratedSources();
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path file = sources.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the build needs a JDK (javax.tools finds no Java compiler)");
        }
        List<String> command = new ArrayList<>(List.of("--release", "17", "-nowarn", "-proc:none",
                "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        command.addAll(files);
        if (javac.run(null, null, null, command.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated alpha network does not compile: " + files);
        }
        Properties index = new Properties();
        index.setProperty("class", network.getName());
        index.setProperty("fingerprint", fingerprint(rules.drl()));
        Path out = classes.resolve(INDEX);
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            index.store(o, "written by " + CompiledAlphaNetwork.class.getName() + " (pom.xml execution alpha-network)");
        }
    }
}
