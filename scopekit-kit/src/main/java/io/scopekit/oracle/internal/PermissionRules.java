package io.scopekit.oracle.internal;

import static io.scopekit.oracle.internal.RuleMetadata.text;

import io.scopekit.content.KitContent;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.RulesInvalidException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The compiled open-platform permission rules ({@code rules/review/}, {@code rules/access/}): one shared, thread-safe
 * {@link KieBase}, separate from the consent rules', and per rule the source its metadata cites and its file.
 */
public final class PermissionRules implements RuleBase {
    /** The rule folders, relative to the rules directory and to {@code scopekit/rules} in the jar. */
    public static final List<String> FOLDERS = List.of("review", "access");
    /** The DRL packages of those folders (the kmodule's kbase "permission"). */
    static final Set<String> PACKAGES = Set.of("scopekit.rules.review", "scopekit.rules.access");
    /** The executable model's main class of a package: {@code Rules} and a 32-digit hash. */
    private static final Pattern MODEL_CLASS = Pattern.compile("Rules[0-9A-F]{32}\\.class");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final Map<String, FiredRule> rules;
    private final String origin;

    private PermissionRules(KieBase kieBase, Map<String, String> drl, String origin) {
        this.kieBase = kieBase;
        this.origin = origin;
        Map<String, String> fileOfRule = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher m = RULE_NAME.matcher(text);
            while (m.find()) {
                fileOfRule.put(m.group(1), file);
            }
        });
        Map<String, FiredRule> byName = new LinkedHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> md = r.getMetaData();
                byName.put(r.getName(), new FiredRule(r.getName(), fileOfRule.getOrDefault(r.getName(), "?"),
                        text(md.get("source_seed")), text(md.get("source_section")), text(md.get("source_passage"))));
            }
        }
        this.rules = Map.copyOf(byName);
    }

    /** Loads the embedded rules: the executable model built with the jar when present, else the embedded DRL compiled now. */
    public static PermissionRules embedded() {
        Map<String, String> drl = new LinkedHashMap<>();
        for (String folder : FOLDERS) {
            KitContent.embedded("rules/" + folder, ".drl").forEach((file, bytes) -> {
                if (!file.contains("/")) {
                    drl.put(folder + "/" + file, new String(bytes, StandardCharsets.UTF_8));
                }
            });
        }
        if (drl.isEmpty()) {
            throw new RulesInvalidException(List.of("classpath:scopekit/rules/{review,access}: no embedded permission rules"));
        }
        List<Model> models = precompiledModels();
        if (!models.isEmpty()) {
            return new PermissionRules(KieBaseBuilder.createKieBaseFromModel(models), drl, "embedded (precompiled)");
        }
        return compile(drl, "embedded");
    }

    /**
     * Instantiates the executable-model classes the build generated from the permission rules. They are built in a
     * kjar of their own (pom.xml, execution {@code permission-executable-model}), whose drools-model index the
     * consent build then replaces, so they are found by name: one {@code Rules<hash>} class per rule package.
     */
    private static List<Model> precompiledModels() {
        ClassLoader cl = PermissionRules.class.getClassLoader();
        List<Model> models = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (String file : KitContent.embedded("rules/" + folder, ".class").keySet()) {
                if (MODEL_CLASS.matcher(file).matches()) {
                    String name = "scopekit.rules." + folder + "." + file.substring(0, file.length() - ".class".length());
                    try {
                        models.add((Model) cl.loadClass(name).getConstructor().newInstance());
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("precompiled permission rules are unusable: " + e, e);
                    }
                }
            }
        }
        return models;
    }

    /**
     * Compiles the {@code *.drl} files of {@code dir}'s {@code review/} and {@code access/} folders (the layout of
     * the repository's {@code rules/}); throws on any error with file:line.
     */
    public static PermissionRules fromDirectory(Path dir) {
        Map<String, String> drl = new LinkedHashMap<>();
        for (String folder : FOLDERS) {
            Path sub = dir.resolve(folder);
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try {
                KitContent.directory(sub, ".drl").forEach((file, bytes) -> {
                    if (!file.contains("/")) {
                        drl.put(folder + "/" + file, new String(bytes, StandardCharsets.UTF_8));
                    }
                });
            } catch (UncheckedIOException e) {
                throw new UncheckedIOException("cannot read rules in " + sub, e.getCause());
            }
        }
        if (drl.isEmpty()) {
            throw new RulesInvalidException(List.of(dir + ": no .drl files in review/ or access/"));
        }
        return compile(drl, dir.toString());
    }

    private static PermissionRules compile(Map<String, String> drl, String origin) {
        return new PermissionRules(DrlCompiler.compile(drl, "scopekit/rules", origin), drl, origin);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The rule named {@code name} with its source. */
    public FiredRule rule(String name) {
        return Objects.requireNonNull(rules.get(name), name);
    }

    /** Every rule of the KieBase by name. */
    public Map<String, FiredRule> rules() {
        return rules;
    }

    /** Where the rules came from: "embedded (precompiled)", "embedded" or the rules directory. */
    public String origin() {
        return origin;
    }
}
