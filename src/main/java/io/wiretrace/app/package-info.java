/** Use cases, one class per operation (track an article, read articles, manage outlets); they own transactions. */
package io.wiretrace.app;
