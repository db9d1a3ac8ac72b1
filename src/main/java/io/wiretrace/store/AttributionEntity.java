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

@Entity
@Table(name = "attribution")
public class AttributionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_outlet_id")
    public OutletEntity targetOutlet;

    @Column(name = "target_name")
    public String targetName;

    @Column(name = "target_domain")
    public String targetDomain;

    public String mention;

    /** The credited page when a link inside the credit names it. */
    @Column(name = "target_url")
    public String targetUrl;

    /** Identity key of the credited URL when the mention is one ({@code io.wiretrace.url.UrlIdentity}). */
    @Column(name = "target_url_key")
    public String targetUrlKey;

    @Column(name = "evidence_text", nullable = false)
    public String evidenceText;

    @Column(name = "evidence_location", nullable = false)
    public String evidenceLocation;

    @Column(name = "evidence_start")
    public Integer evidenceStart;

    @Column(name = "evidence_end")
    public Integer evidenceEnd;

    @Column(nullable = false)
    public double confidence;

    @Column(nullable = false)
    public String rule;

    public String reason;

    @Column(name = "detector_version", nullable = false)
    public String detectorVersion;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;
}
