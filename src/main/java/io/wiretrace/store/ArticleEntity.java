package io.wiretrace.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

@Entity
@Table(name = "article")
public class ArticleEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "input_kind", nullable = false)
    public String inputKind;

    public String url;

    @Column(name = "url_key")
    public String urlKey;

    @Column(name = "final_url")
    public String finalUrl;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(name = "final_url_key")
    public String finalUrlKey;

    @Column(name = "canonical_url_key")
    public String canonicalUrlKey;

    /** Set only by the URL-identity migration (V41) on a row whose key and content an earlier row holds. */
    @Column(name = "duplicate_of", insertable = false, updatable = false)
    public Long duplicateOf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    public String title;

    @Column(nullable = false)
    public String authors = "";

    public String byline;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "modified_at")
    public OffsetDateTime modifiedAt;

    public String language;

    public String description;

    @Column(name = "site_name")
    public String siteName;

    @Column(name = "body_text", nullable = false)
    public String bodyText;

    @Column(name = "content_sha256", nullable = false)
    public String contentSha256;

    @Column(name = "extraction_json", nullable = false)
    public String extractionJson;

    @Column(name = "fetch_requested_url")
    public String fetchRequestedUrl;

    @Column(name = "fetch_redirects_json")
    public String fetchRedirectsJson;

    @Column(name = "fetch_status")
    public Integer fetchStatus;

    @Column(name = "fetch_headers_json")
    public String fetchHeadersJson;

    @Column(name = "fetched_at")
    public Instant fetchedAt;

    @Column(name = "author_bio_hash")
    public String authorBioHash;

    @Column(name = "revision_of")
    public Long revisionOf;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
