package io.wiretrace.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "snapshot")
public class SnapshotEntity {
    @Id
    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "raw_size", nullable = false)
    public int rawSize;

    @Column(name = "gzip_bytes", nullable = false)
    public byte[] gzipBytes;
}
