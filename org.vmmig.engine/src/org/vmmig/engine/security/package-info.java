/**
 * The six security requirements of live migration (access control, mutual authentication, non-repudiation,
 * confidentiality in transit, confidentiality before and after, integrity and availability), checked for each
 * migration of a plan: {@link org.vmmig.engine.security.SecurityCheck} turns a plan, the data centre, the
 * migration policy and the model's {@link org.vmmig.engine.security.SecurityPolicy} into
 * {@link org.vmmig.engine.security.Compliance} rows — structured values (enums, no English) that the front ends
 * phrase.
 */
package org.vmmig.engine.security;
