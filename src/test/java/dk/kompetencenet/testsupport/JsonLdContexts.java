package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader for the published contexts a credential names, from copies the build downloads from the
 * npm registry into {@code target/jsonld-contexts} (see the POM; they are not in this repository) and the test
 * deployment carries as resources: W3C Verifiable Credentials 2.0 and Open Badges 3.0 (context 3.0.3). Any other
 * address fails, so that a test never reads the network.
 */
public final class JsonLdContexts implements DocumentLoader {

    /** The folder, under the deployment's classes and under {@code target/}, that holds the copies. */
    public static final String FOLDER = "jsonld-contexts";

    /**
     * VC 2.0's context for terms no context defines ({@code @vocab} .../undefined-term#): given as the expansion's
     * base context, a term the credential's own contexts leave undefined shows as such instead of being dropped.
     */
    public static final String UNDEFINED_TERMS = "https://www.w3.org/ns/credentials/undefined-terms/v2";

    private static final Map<String, String> COPIES = Map.of(
            "https://www.w3.org/ns/credentials/v2", "credentials-context/package/contexts/v2.jsonld",
            UNDEFINED_TERMS, "credentials-context/package/contexts/undefined-terms-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "open-badges-context/package/js/contexts/context-3.0.3.js");

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String copy = COPIES.get(url.toString());
        if (copy == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "No offline copy of " + url);
        }
        try (InputStream in = JsonLdContexts.class.getClassLoader().getResourceAsStream(FOLDER + "/" + copy)) {
            if (in == null) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "The copy " + copy + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (copy.endsWith(".js")) {
                // the npm package's module: a comment, 'use strict', then module.exports = { the JSON }
                text = text.substring(text.indexOf('{', text.indexOf("module.exports"))).strip();
                text = text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
            }
            JsonDocument document = JsonDocument.of(new StringReader(text));
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
        }
    }
}
