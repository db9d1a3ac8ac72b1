package io.wiretrace.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "outlet_domain")
public class OutletDomainEntity {
    @Id
    public String domain;

    @ManyToOne(optional = false)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    @Column(nullable = false)
    public int position;
}
