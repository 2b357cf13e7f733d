package io.scopekit.oracle.internal;

import io.scopekit.oracle.RulesInvalidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.drools.compiler.compiler.JavaDialectConfiguration;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.memorycompiler.JavaConfiguration.CompilerType;

/** Compiles DRL read at run time ({@code --rules DIR}) into a KieBase, for the consent and the permission rules. */
final class DrlCompiler {

    private DrlCompiler() {}

    /**
     * Compiles {@code drl} (path below {@code folder} → text) into a KieBase, or throws with every error as
     * {@code origin/path:line:column: message}.
     */
    static KieBase compile(Map<String, String> drl, String folder, String origin) {
        return compile(drl, folder, origin, ToolProvider.getSystemJavaCompiler());
    }

    /**
     * As {@link #compile(Map, String, String)}, with the runtime's Java compiler ({@code null} on a JRE). The kit
     * ships without Drools' Eclipse compiler (it would be 3 MB of the runnable jar), so Drools compiles the rules'
     * Java with javac; where there is none, and no Eclipse compiler was added to the class path, Drools would fail
     * with an internal exception, so the user is told instead that the rules need a JDK.
     */
    static KieBase compile(Map<String, String> drl, String folder, String origin, JavaCompiler javac) {
        if (javac == null && JavaDialectConfiguration.getDefaultCompilerType() == CompilerType.NATIVE) {
            throw new RulesInvalidException(List.of(origin + ": rules given at run time are compiled with the JDK's"
                    + " javac, and this Java runtime (" + System.getProperty("java.home") + ") has no Java compiler:"
                    + " run the kit with a JDK 17+ (README, Quick start)"));
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        String prefix = "src/main/resources/" + folder + "/";
        drl.forEach((file, text) -> kfs.write(prefix + file, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            boolean located = errors.stream().anyMatch(m -> m.getLine() > 0);
            for (Message m : errors) {
                if (located && m.getLine() <= 0) {
                    continue; // follow-up noise such as "Parser returned a null Package"
                }
                String path = m.getPath() == null ? "?" : m.getPath();
                int at = path.indexOf(folder + "/");
                path = at < 0 ? path : path.substring(at + folder.length() + 1);
                problems.add(describe(origin + "/" + path, drl.get(path), m.getLine(), Math.max(1, m.getColumn()),
                        m.getText()));
            }
            throw new RulesInvalidException(problems);
        }
        return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    // "Unable to parse consequence caused by: (line L,col C) Parse error. Found X, expected one of Y": L and C count
    // from the rule's 'then'; Drools names the rule's first line.
    private static final Pattern CONSEQUENCE = Pattern.compile(
            "(?s)Unable to parse consequence caused by: \\(line (\\d+),\\s*col (\\d+)\\)\\s*(.*)");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b.*$");
    // A Java stack frame as Drools prints them ("  org.drools...Parser.parse(MvelParser.java:140)").
    private static final Pattern FRAME = Pattern.compile("^\\s*(at\\s+)?[\\w$.]+(/[\\w$.]+)?\\([^)]*\\)\\s*$");

    /**
     * One problem as {@code file:line:column: what}, without the Java stack frames Drools appends (a reader of a
     * rules file needs the place in the file and what the parser expected, never the parser's internals).
     */
    static String describe(String file, String text, int line, int column, String message) {
        StringBuilder what = new StringBuilder();
        for (String l : message.strip().split("\\R")) {
            if (l.strip().startsWith("Problem stacktrace") || FRAME.matcher(l).matches()) {
                continue;
            }
            what.append(what.isEmpty() ? "" : " ").append(l.strip());
        }
        String why = what.toString();
        Matcher c = CONSEQUENCE.matcher(why);
        if (c.matches() && text != null && line > 0) {
            String[] lines = text.split("\\R", -1);
            int thenLine = -1;
            for (int i = line - 1; i < lines.length; i++) {
                if (THEN.matcher(lines[i]).matches()) {
                    thenLine = i + 1;
                    break;
                }
            }
            if (thenLine > 0) {
                int relative = Integer.parseInt(c.group(1));
                int col = Integer.parseInt(c.group(2));
                // line 0 means the parser lost the position: name the consequence's first line
                int at = thenLine + Math.max(1, relative);
                return file + ":" + at + ":" + Math.max(1, col) + ": in the consequence of the rule at line " + line
                        + (relative == 0 ? " (the consequence starts here; the parser gave no closer position)" : "")
                        + ": " + c.group(3).replaceAll("\\s+", " ").strip();
            }
        }
        return file + ":" + line + ":" + column + ": " + why;
    }
}
