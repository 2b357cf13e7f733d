package io.scopekit.build;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One artifact per audience (docs/vendor-build.md): a vendor's target compiles against scopekit-target-api, which
 * depends on nothing but the two annotation jars; its test suite depends on the kit, which brings neither WireMock
 * nor picocli nor a logging binding; the runnable jar is the cli module's classified artifact.
 */
class LibraryArtifactPomTest {

    @Test
    void should_attach_the_shaded_jar_as_the_cli_classifier_when_the_cli_is_packaged() throws Exception {
        // GIVEN the cli module's pom
        Document pom = pom("scopekit-cli");

        // WHEN the shade plugin's configuration is read
        Element shade = plugin(pom, "maven-shade-plugin");

        // THEN it attaches its jar under classifier cli instead of replacing the main artifact
        then(text(shade, "shadedArtifactAttached")).isEqualTo("true");
        then(text(shade, "shadedClassifierName")).isEqualTo("cli");
    }

    @Test
    void should_depend_on_the_annotation_jars_alone_when_a_target_compiles_against_the_target_api() throws Exception {
        // GIVEN the target API's direct dependencies
        List<Element> deps = dependencies(pom("scopekit-target-api"));

        // WHEN those outside test scope are named
        List<String> compile = deps.stream().filter(d -> !text(d, "scope").equals("test"))
                .map(d -> text(d, "artifactId")).toList();

        // THEN they are apiguardian and JSpecify, nothing else
        then(compile).containsExactlyInAnyOrder("apiguardian-api", "jspecify");
    }

    @Test
    void should_keep_wiremock_picocli_and_the_logging_binding_off_a_vendors_class_path_when_it_depends_on_the_kit()
            throws Exception {
        // GIVEN the kit's direct dependencies
        List<Element> deps = dependencies(pom("scopekit-kit"));

        // WHEN their artifact ids are read
        List<String> ids = deps.stream().map(d -> text(d, "artifactId")).toList();

        // THEN the kit builds on the target API and has no simulator, CLI or SLF4J binding among them
        then(ids).contains("scopekit-target-api", "slf4j-api")
                .doesNotContain("wiremock-standalone", "picocli", "slf4j-simple", "scopekit-simulator", "scopekit-cli");
    }

    private static Document pom(String module) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(module, "pom.xml").toFile());
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if (text(p, "artifactId").equals(artifactId) && p.getElementsByTagName("executions").getLength() > 0) {
                return p;
            }
        }
        throw new AssertionError("no " + artifactId + " with executions in the pom");
    }

    /** The project's own dependencies: children of project/dependencies, not of dependencyManagement. */
    private static List<Element> dependencies(Document pom) {
        List<Element> out = new ArrayList<>();
        NodeList children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("dependencies")) {
                NodeList deps = e.getElementsByTagName("dependency");
                for (int j = 0; j < deps.getLength(); j++) {
                    out.add((Element) deps.item(j));
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
