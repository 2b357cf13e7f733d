package io.scopekit.cli;

import io.scopekit.spec.AppKind;
import io.scopekit.spec.Behaviour;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.Source;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows one spec as tables (scopes, behaviour, matrix, permissions) or, with {@code --json}, as a JSON document. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a platform, port matrix or permission model.")
final class SpecsShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLATFORM", description = "Spec id, e.g. feishu-gadget.")
    String id;

    @Option(names = "--json", description = "Print a stable JSON document instead of tables.")
    boolean json;

    @Mixin
    SpecsDirOption specs;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        SpecCatalog catalog = specs.load();
        Spec spec = catalog.spec(id).orElseThrow(() -> new Main.UsageProblem("unknown spec '" + id + "' in "
                + specs.describe() + " (valid ids: " + (catalog.ids().isEmpty() ? "none" : String.join(", ", catalog.ids()))
                + ")"));
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(SpecJson.render(spec));
        } else {
            out.println(spec.id() + " (" + spec.kind().id() + "): " + spec.name());
            out.println("file: " + spec.origin().file() + "  sha256: " + spec.origin().sha256());
            if (spec instanceof ClientPlatformSpec p) {
                clientPlatform(out, p);
            } else if (spec instanceof PortMatrixSpec m) {
                portMatrix(out, m);
            } else if (spec instanceof PermissionModelSpec m) {
                permissionModel(out, m);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void clientPlatform(PrintWriter out, ClientPlatformSpec p) {
        out.println("client: " + p.clientName() + "  app kinds: "
                + String.join(", ", p.appKinds().stream().map(AppKind::id).toList()));
        out.println("phrases: " + join(p.phrases()));
        out.println();
        Table t = new Table("SCOPE", "STATUS", "GATE", "APIS", "COMPONENTS", "LABEL");
        for (ScopeSpec s : p.scopes()) {
            String status = s.status().id()
                    + (s.recycledIn().isEmpty() ? "" : " in " + String.join(",", s.recycledIn().stream().map(AppKind::id).toList()));
            t.row(s.id(), status, s.gate().map(Object::toString).orElse("-"), join(s.apis()), join(s.components()),
                    s.label());
        }
        t.print(out);
        behaviour(out, p.behaviour());
    }

    private static void portMatrix(PrintWriter out, PortMatrixSpec m) {
        out.println("package: " + m.packageRef().registry() + " " + m.packageRef().name() + "  forms: "
                + join(m.forms().stream().map(f -> f.id()).toList()));
        out.println();
        List<String> header = new ArrayList<>(List.of("SCOPE"));
        m.containers().forEach(c -> header.add(c.id() + " (" + c.platform() + ")"));
        Table t = new Table(header.toArray(String[]::new));
        for (PortScope s : m.scopes()) {
            List<String> row = new ArrayList<>(List.of(s.id()));
            for (Container c : m.containers()) {
                String cell = s.supportedIn(c.id()) ? "yes" : "no";
                if (!s.nativeName(c.id()).equals(s.id())) {
                    cell += " as " + s.nativeName(c.id());
                }
                row.add(cell);
            }
            t.row(row.toArray(String[]::new));
        }
        t.print(out);
        m.responses().forEach(r -> out.println("response fields in " + r.container() + ": "
                + join(r.fields().stream().map(f -> f.name() + ":" + f.type()).toList())));
        behaviour(out, m.behaviour());
    }

    private static void permissionModel(PrintWriter out, PermissionModelSpec m) {
        out.println("identities: " + join(m.identities().stream().map(i -> i.id() + "=" + i.token()).toList()));
        m.appTypes().forEach(a -> out.println("app type " + a.id() + ": " + join(a.levels().stream()
                .map(l -> l.id() + " (" + l.takesEffect() + (l.reviewers().isEmpty() ? "" : ", reviewed by "
                        + String.join("+", l.reviewers())) + ")")
                .toList())));
        out.println();
        Table p = new Table("PERMISSION", "IDENTITIES", "LEVELS", "DEBUG-FREE", "DATA-SCOPE", "NAME");
        m.permissions().forEach(x -> p.row(x.id(), join(x.identities()), x.levels().toString(),
                flag(x.userTokenDebugFree()), flag(x.dataScopeUnderTenant()), x.name()));
        p.print(out);
        out.println();
        Table a = new Table("API", "METHOD", "PATH", "TOKENS", "ANY OF", "FIELDS");
        m.apis().forEach(x -> a.row(x.id(), x.method(), x.path(), join(x.tokenTypes()), join(x.anyOf()),
                join(x.fieldRequirements().stream().map(f -> f.field() + ": " + join(f.anyOf())).toList())));
        a.print(out);
        out.println();
        Table e = new Table("ERROR", "WHEN", "VIOLATION TYPE");
        m.errors().forEach(x -> e.row(String.valueOf(x.code()), x.when(), x.violationType().orElse("-")));
        e.print(out);
        if (!m.rules().isEmpty()) {
            out.println();
            Table r = new Table("RULE", "VALUE", "SOURCE");
            m.rules().values().forEach(x -> r.row(x.name(), String.valueOf(x.value()), cite(x.source())));
            r.print(out);
        }
    }

    private static void behaviour(PrintWriter out, Behaviour b) {
        out.println();
        Table t = new Table("BEHAVIOUR", "VALUE", "SOURCE");
        for (BehaviourParam p : b.params().values()) {
            StringBuilder value = new StringBuilder(p.value());
            p.attributes().forEach((k, v) -> value.append(' ').append(k).append('=').append(v));
            t.row(p.name(), value.toString(), p.source().map(SpecsShowCommand::cite).orElse("-"));
        }
        t.print(out);
    }

    private static String cite(Source s) {
        return s.doc() + s.section().map(x -> " §" + x).orElse("") + ": " + s.passage();
    }

    private static String flag(Optional<Boolean> value) {
        return value.map(v -> v ? "yes" : "no").orElse("unspecified");
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }

    /** A left-aligned text table; width counts code points (CJK text will look wider on terminals). */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void print(PrintWriter out) {
            int columns = rows.get(0).length;
            int[] width = new int[columns];
            for (String[] r : rows) {
                for (int i = 0; i < columns - 1; i++) {
                    width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
                }
            }
            for (String[] r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    sb.append(r[i]);
                    if (i < columns - 1) {
                        sb.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
                    }
                }
                out.println(sb.toString().stripTrailing());
            }
        }
    }
}
