/**
 * The organisation tree (cây tổ chức): levels, units, the lineage of reorganisations, subtree
 * queries and the official administrative list. Other modules use {@link org.hoiso.orgunit.OrgUnits}.
 */
@ApplicationModule(allowedDependencies = "platform")
package org.hoiso.orgunit;

import org.springframework.modulith.ApplicationModule;
