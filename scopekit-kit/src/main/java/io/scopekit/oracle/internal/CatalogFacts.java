package io.scopekit.oracle.internal;

import io.scopekit.consent.BehaviourKey;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.Behaviour;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.ContainerFacts;
import io.scopekit.spec.ContainerResponse;
import io.scopekit.spec.Document;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.Spec;
import io.scopekit.spec.Source;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a loaded {@link SpecCatalog} into rule facts: every behaviour entry, scope, port-matrix cell and response
 * field becomes a fact; nothing about a particular platform is decided here.
 */
public final class CatalogFacts {
    private CatalogFacts() {}

    /** The consent platforms of {@code catalog} (client platforms and ports) by id. */
    public static Map<String, PlatformModel> from(SpecCatalog catalog) {
        Map<String, PlatformModel> out = new LinkedHashMap<>();
        catalog.clientPlatforms().forEach(p -> out.put(p.id(), client(p)));
        catalog.portMatrices().forEach(p -> out.put(p.id(), port(p)));
        return out;
    }

    private static PlatformModel client(ClientPlatformSpec p) {
        List<Object> facts = new ArrayList<>(behaviour(p, p.behaviour()));
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        for (ScopeSpec s : p.scopes()) {
            scopes.put(s.id(), ids(s.appKinds()));
            s.apis().forEach(a -> apis.put(a, s.id()));
            facts.add(new ScopeFact(p.id(), s.id(), s.status().id(), s.gate().orElse(null), ids(s.recycledIn()),
                    text(s.source()), s.consent().mode().id(), scopeCitation(p, s)));
        }
        // A container whose pages show no <global>.authorize: the kit's authorize goes to the API that asks for the
        // scope (its page's scope list), or nowhere.
        p.container().filter(ContainerFacts::lacksAuthorize).ifPresent(c -> {
            String absent = c.global() + ".authorize";
            Source why = c.absent().stream().filter(a -> a.name().equals(absent)).findFirst().orElseThrow().source();
            for (ScopeSpec s : p.scopes()) {
                Optional<ContainerFacts.ConsentApi> api = c.answeringAuthorize(s.id());
                facts.add(new ContainerAuthorizeFact(p.id(), s.id(), api.map(ContainerFacts.ConsentApi::name).orElse(null),
                        api.map(a -> a.success().stream().map(ContainerFacts.ResultField::field).toList()).orElse(List.of()),
                        api.map(ContainerFacts.ConsentApi::failureFields).orElse(List.of()),
                        citation(p, api.flatMap(ContainerFacts.ConsentApi::scopes).map(ContainerFacts.ScopesTaken::source)
                                .orElse(why))));
            }
        });
        return new PlatformModel(p.id(), ids(p.appKinds()), List.of(), scopes, apis, facts);
    }

    private static PlatformModel port(PortMatrixSpec p) {
        List<Object> facts = new ArrayList<>(behaviour(p, p.behaviour()));
        List<String> containers = p.containers().stream().map(Container::id).toList();
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        // seed 002 documents mini-program containers (阿里小程序, 微信小程序, ...) only.
        List<String> appKinds = List.of(AppKind.MINI_PROGRAM.id());
        for (PortScope s : p.scopes()) {
            scopes.put(s.id(), appKinds);
            s.apis().forEach(a -> apis.put(a, s.id()));
            Citation cited = citation(p, s.source());
            for (String c : containers) {
                String nativeName = s.nativeNames().get(c);
                facts.add(new ContainerScopeFact(p.id(), c, s.id(), s.supportedIn(c), nativeName, text(s.source()),
                        s.consent().mode().id(), cited));
            }
        }
        for (ContainerResponse r : p.responses()) {
            facts.add(new ContainerResponseFact(p.id(), r.container(),
                    r.fields().stream().map(f -> f.name()).toList(), citation(p, r.source())));
        }
        return new PlatformModel(p.id(), appKinds, containers, scopes, apis, facts);
    }

    /**
     * A scope's own source, except for a scope whose ahead-of-use request is unspecified: the only rule that decides
     * from that fact alone quotes the passages that disagree, which the consent entry's source holds.
     */
    private static Citation scopeCitation(Spec p, ScopeSpec s) {
        if (s.consent().mode() == io.scopekit.spec.ScopeConsent.Mode.AHEAD_UNSPECIFIED && s.consent().source().isPresent()) {
            return citation(p, s.consent().source().get());
        }
        return citation(p, s.source());
    }

    private static List<BehaviourFact> behaviour(Spec spec, Behaviour behaviour) {
        List<BehaviourFact> out = new ArrayList<>();
        behaviour.params().forEach((key, b) -> out.add(new BehaviourFact(spec.id(), BehaviourKey.fromWireName(key),
                b.value(), b.since().orElse(null), b.listAttribute("survives"), b.listAttribute("resetBy"), b.patterns(), errno(b), b.source().map(CatalogFacts::text).orElse("no source given"),
                b.source().map(s -> citation(spec, s)).orElse(null))));
        return out;
    }

    /**
     * The source resolved through the spec's documents to the seed file name, else the public address; a doc id
     * the spec does not list stays as written. A source without a section is located by the document's title.
     */
    static Citation citation(Spec spec, Source s) {
        if (s == null) {
            return null;
        }
        Optional<Document> doc = spec.document(s.doc());
        String where = doc.flatMap(d -> d.seed().or(d::url)).orElse(s.doc());
        String section = s.section().orElse(doc.map(Document::title).orElse(s.doc()));
        return new Citation(where, section, s.passage());
    }

    private static Integer errno(BehaviourParam b) {
        Object e = b.attributes().get("errno");
        return e instanceof Number n ? n.intValue() : null;
    }

    private static String text(Source s) {
        return s.doc() + s.section().map(x -> " §" + x).orElse("") + ": " + s.passage();
    }

    private static List<String> ids(List<AppKind> kinds) {
        return kinds.stream().map(AppKind::id).toList();
    }

    /** Parses a client version given on the command line or in a situation; throws naming the expected form. */
    static Version version(String text) {
        return text == null ? null : Version.parse(text);
    }
}
