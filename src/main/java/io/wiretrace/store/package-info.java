/** Persistence adapters: JPA entities, Panache repositories and the mappers between entities and domain records. Entities never leave this package. */
package io.wiretrace.store;
