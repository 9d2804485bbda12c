// Protégé-readiness check for factgraph Turtle files, using the OWL API (the library
// Protégé itself is built on).
//
// Compile:  javac -cp "<owlapi classpath>" -d <classdir> ProtegeCheck.java
// Run:      java -cp "<owlapi classpath>:<classdir>" ProtegeCheck FILE.ttl [FILE.ttl ...]
// (tests/owlapi/check.sh builds the classpath from the jars in /usr/share/java.)
//
// A file passes when
//   1. the OWL API parses it with its Turtle parser (the resulting format is Turtle),
//   2. the parser reports zero unparsed triples (triples that it could not map to OWL
//      axioms or annotations, which Protégé would silently drop), and
//   3. the OWL 2 DL profile checker reports zero violations.
// Exit status: 0 when every file passes, 1 when any file fails, 2 on usage errors.

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFDocumentFormat;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.OWLOntologyLoaderMetaData;
import org.semanticweb.owlapi.io.RDFParserMetaData;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public final class ProtegeCheck {

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: java ProtegeCheck FILE.ttl [FILE.ttl ...]");
            System.exit(2);
        }
        boolean ok = true;
        for (String arg : args) {
            ok &= check(new File(arg));
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean check(File file) {
        String name = file.getPath();
        if (!file.isFile()) {
            System.err.println("FAIL " + name + ": no such file");
            return false;
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // Exports are self-contained: never go to the network for owl:imports.
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        OWLOntology ont;
        try {
            ont = manager.loadOntologyFromOntologyDocument(
                    new FileDocumentSource(file, new TurtleDocumentFormat()), config);
        } catch (Exception e) {
            System.err.println("FAIL " + name + ": does not load as Turtle: " + e);
            return false;
        }

        boolean ok = true;
        OWLDocumentFormat format = manager.getOntologyFormat(ont);
        if (!(format instanceof TurtleDocumentFormat)) {
            System.err.println("FAIL " + name + ": parsed format is "
                    + (format == null ? "unknown" : format.getKey()) + ", not Turtle");
            ok = false;
        }

        if (format instanceof RDFDocumentFormat || format instanceof TurtleDocumentFormat) {
            Optional<OWLOntologyLoaderMetaData> meta = format.getOntologyLoaderMetaData();
            if (!meta.isPresent()) {
                System.err.println("FAIL " + name + ": parser gave no loader metadata");
                ok = false;
            } else if (meta.get() instanceof RDFParserMetaData) {
                List<RDFTriple> unparsed = ((RDFParserMetaData) meta.get())
                        .getUnparsedTriples().collect(Collectors.toList());
                if (!unparsed.isEmpty()) {
                    System.err.println("FAIL " + name + ": " + unparsed.size()
                            + " unparsed triple(s):");
                    for (RDFTriple t : unparsed) {
                        System.err.println("  unparsed: " + t);
                    }
                    ok = false;
                }
            }
        }

        OWLProfileReport report = new OWL2DLProfile().checkOntology(ont);
        List<OWLProfileViolation> violations = report.getViolations();
        if (!violations.isEmpty()) {
            System.err.println("FAIL " + name + ": " + violations.size()
                    + " OWL 2 DL profile violation(s):");
            for (OWLProfileViolation v : violations) {
                System.err.println("  violation: " + v.getClass().getSimpleName() + ": " + v);
            }
            ok = false;
        }

        if (ok) {
            System.out.println("OK " + name + ": "
                    + ont.getAxiomCount(Imports.INCLUDED) + " axioms, "
                    + ont.getIndividualsInSignature(Imports.INCLUDED).size() + " individuals, "
                    + ont.getClassesInSignature(Imports.INCLUDED).size() + " classes, "
                    + ont.getObjectPropertiesInSignature(Imports.INCLUDED).size()
                    + " object properties, "
                    + ont.getDataPropertiesInSignature(Imports.INCLUDED).size()
                    + " data properties, "
                    + ont.getAnnotationPropertiesInSignature(Imports.INCLUDED).size()
                    + " annotation properties; format Turtle, 0 unparsed triples, "
                    + "0 OWL 2 DL violations");
        }
        return ok;
    }
}
