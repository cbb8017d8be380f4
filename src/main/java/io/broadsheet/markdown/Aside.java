package io.broadsheet.markdown;

import io.broadsheet.article.Role;
import java.util.Objects;

/**
 * A paragraph kept outside the reading view of an archived article, such as a credit or a promo.
 *
 * @param role     its role; never one of the reading view's
 * @param markdown the paragraph as inline Markdown
 */
public record Aside(Role role, String markdown) {
    public Aside {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(markdown, "markdown");
        if (role.isReadingView()) throw new IllegalArgumentException("not an aside role: " + role);
    }
}
