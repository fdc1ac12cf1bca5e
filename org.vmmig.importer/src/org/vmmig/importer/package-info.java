/**
 * Models from what an estate's own tools export: {@link org.vmmig.importer.LibvirtExport} (virsh nodeinfo, dumpxml,
 * domstats per host), {@link org.vmmig.importer.KubevirtExport} (kubectl's JSON) and
 * {@link org.vmmig.importer.OpenstackExport} (the openstack client's JSON) each read an export into an
 * {@link org.vmmig.importer.Estate}; {@link org.vmmig.importer.ModelWriter} writes it through the language's
 * serializer and formatter; {@link org.vmmig.importer.EstateImport} is the one entry point every front end calls
 * (vmmig import, the Maven plugin's import goal, the workbench's Import Estate wizard). What an export cannot tell is
 * written as a placeholder the validator reports, never invented. Nothing here knows of a command line or a UI.
 */
package org.vmmig.importer;
