/** The documentation site ({@code scopekit docs}, docs/docs-site.md). */
@NullMarked
package io.scopekit.site;

import org.jspecify.annotations.NullMarked;
