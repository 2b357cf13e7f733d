package io.scopekit.oracle.internal;

import static io.scopekit.oracle.internal.RuleMetadata.text;

import io.scopekit.content.KitContent;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.RulesInvalidException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.conf.AlphaThresholdOption;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;

/**
 * The compiled consent rules: one shared, thread-safe {@link KieBase} and, per rule, the source its metadata
 * cites and the file it lives in.
 */
public final class ConsentRules implements RuleBase {
    /** Classpath folder of the embedded rules (the repository's {@code rules/consent}). */
    public static final String EMBEDDED_FOLDER = "scopekit/rules/consent";
    /** Name of the KieBase the build precompiles into an executable model (META-INF/kmodule.xml). */
    public static final String KBASE = "consent";
    /** The executable-model index kie-maven-plugin writes for this artifact (groupId/artifactId). */
    public static final String MODEL_INDEX = "META-INF/kie/io.scopekit/scopekit/drools-model";

    /**
     * No hashed alpha nodes in the precompiled KieBase: with them, Drools 10.2's alpha-network compiler misses a
     * modify that moves the request to another hashed branch (the consent answer after a prompt never fired);
     * without, the compiled network decides as the interpreted one does (the agreement tests run on it).
     */
    private static final AlphaThresholdOption NO_ALPHA_HASHING = AlphaThresholdOption.get(Integer.MAX_VALUE);
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final Map<String, FiredRule> rules;
    /** Rules with {@code @cite("rule")}: the sources of the spec facts they match do not state what they encode. */
    private final java.util.Set<String> citeOwnSource;
    private final String origin;
    private final Map<String, String> drl;
    private final boolean alphaNetworkCompiled;

    private ConsentRules(KieBase kieBase, Map<String, String> drl, String origin, boolean alphaNetworkCompiled) {
        this.kieBase = kieBase;
        this.origin = origin;
        this.drl = Map.copyOf(drl);
        this.alphaNetworkCompiled = alphaNetworkCompiled;
        Map<String, String> fileOfRule = fileOfRule(drl);
        Map<String, FiredRule> byName = new LinkedHashMap<>();
        java.util.Set<String> own = new java.util.HashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> md = r.getMetaData();
                byName.put(r.getName(), new FiredRule(r.getName(), fileOfRule.getOrDefault(r.getName(), "?"),
                        text(md.get("source_seed")), text(md.get("source_section")), text(md.get("source_passage"))));
                if ("rule".equals(text(md.get("cite")))) {
                    own.add(r.getName());
                }
            }
        }
        this.rules = Map.copyOf(byName);
        this.citeOwnSource = java.util.Set.copyOf(own);
    }

    /**
     * Loads the embedded rules: the executable model precompiled at build time when present on the classpath,
     * otherwise the embedded DRL compiled now.
     */
    public static ConsentRules embedded() {
        return embedded(true);
    }

    /** As {@link #embedded()}; {@code compiledNetwork} false leaves out the build-time alpha network (the build's own step). */
    static ConsentRules embedded(boolean compiledNetwork) {
        Map<String, String> drl = embeddedDrl();
        List<Model> models = precompiledModels(java.util.Set.of("scopekit.rules.consent"));
        if (!models.isEmpty()) {
            KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, NO_ALPHA_HASHING);
            boolean compiled = compiledNetwork
                    && CompiledAlphaNetwork.install(kieBase, drl, ConsentRules.class.getClassLoader());
            return new ConsentRules(kieBase, drl, "embedded (precompiled)", compiled);
        }
        return compile(drl, "embedded");
    }

    /** The DRL files the rules were built from, by file name. */
    Map<String, String> drl() {
        return drl;
    }

    /**
     * Whether Drools' alpha-network compiler output built with the jar is installed (the embedded rules); rules
     * compiled from DRL at run time keep the interpreted alpha network, which decides the same, more slowly.
     */
    public boolean alphaNetworkCompiled() {
        return alphaNetworkCompiled;
    }

    /**
     * Compiles every {@code *.drl} below {@code dir}'s {@code consent/} folder when it has one (the layout of the
     * repository's {@code rules/}), else below {@code dir} (e.g. {@code --rules DIR}); throws on any error with
     * file:line.
     */
    public static ConsentRules fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulesInvalidException(List.of(dir + ": not a directory of .drl files"));
        }
        // A folder laid out as the kit's rules/ (consent/ beside the permission platforms' review/ and access/) holds
        // the consent rules in consent/; any other folder is consent rules only. Either way the rules are cited as
        // consent/<path below that folder>, as the embedded ones are, and sub-folders are read too: a rules tree is
        // often split by topic.
        Path root = Files.isDirectory(dir.resolve(KBASE)) ? dir.resolve(KBASE) : dir;
        Map<String, String> drl;
        try {
            drl = texts(KitContent.directory(root, ".drl"));
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read rules in " + root, e.getCause());
        }
        if (drl.isEmpty()) {
            throw new RulesInvalidException(List.of(root + ": no .drl files"));
        }
        return compile(drl, root.toString());
    }

    private static ConsentRules compile(Map<String, String> drl, String origin) {
        return new ConsentRules(DrlCompiler.compile(drl, EMBEDDED_FOLDER, origin), drl, origin, false);
    }

    /**
     * Instantiates the executable-model classes kie-maven-plugin generated at build time, listed in its
     * drools-model index; loading them directly skips kmodule.xml parsing and the KieContainer.
     */
    static List<Model> precompiledModels(java.util.Set<String> packages) {
        ClassLoader cl = ConsentRules.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return List.of();
            }
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.contains(":")) {
                    Model model = (Model) cl.loadClass(name).getConstructor().newInstance();
                    // One index lists the models of every KieBase (consent, permission): keep this one's packages.
                    if (packages.contains(model.getPackageName())) {
                        models.add(model);
                    }
                }
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("precompiled consent rules are unusable: " + e, e);
        }
    }

    private static Map<String, String> embeddedDrl() {
        Map<String, String> drl = topLevelTexts(
                KitContent.embedded(EMBEDDED_FOLDER.substring(KitContent.ROOT.length()), ".drl"));
        if (drl.isEmpty()) {
            throw new RulesInvalidException(List.of("classpath:" + EMBEDDED_FOLDER + ": no embedded rules"));
        }
        return drl;
    }

    /** Every .drl file below the folder, by relative path in path order. */
    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> drl = new LinkedHashMap<>();
        files.forEach((file, bytes) -> drl.put(file, new String(bytes, StandardCharsets.UTF_8)));
        return drl;
    }

    /** The rules are the .drl files directly in the folder, by file name in name order. */
    private static Map<String, String> topLevelTexts(Map<String, byte[]> files) {
        Map<String, String> drl = new LinkedHashMap<>();
        files.forEach((file, bytes) -> {
            if (!file.contains("/")) {
                drl.put(file, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return drl;
    }

    private static Map<String, String> fileOfRule(Map<String, String> drl) {
        Map<String, String> out = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher m = RULE_NAME.matcher(text);
            while (m.find()) {
                out.put(m.group(1), "consent/" + file);
            }
        });
        return out;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rule named {@code name} with its source. */
    public FiredRule rule(String name) {
        return Objects.requireNonNull(rules.get(name), name);
    }

    /**
     * True unless the rule is marked {@code @cite("rule")}: a fired rule cites the source of the platform's spec
     * entry it matched, except where that entry's source does not state what the rule encodes.
     */
    public boolean citesMatchedSource(String name) {
        return !citeOwnSource.contains(name);
    }

    /** Every rule of the KieBase by name. */
    public Map<String, FiredRule> rules() {
        return rules;
    }

    /** Where the rules came from: "embedded (precompiled)", "embedded" or the --rules directory. */
    public String origin() {
        return origin;
    }
}
