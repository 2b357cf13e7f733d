/** Report writers: JUnit XML, Cucumber messages and HTML, the conformance summary, certificate, attestation and signature (docs/reports.md). */
@NullMarked
package io.scopekit.report;

import org.jspecify.annotations.NullMarked;
