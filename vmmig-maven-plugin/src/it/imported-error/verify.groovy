// The imported file's error is reported at its own place by validate (JUnit XML, SARIF, log), and the
// report goal refuses the model: nothing is planned from a model with an error in its imports.
def out = new File(basedir, 'target/vmmig')
def junit = new File(out, 'TEST-vmmig.xml').text
assert junit.contains('tests="2" failures="1"') : junit
assert junit.contains('shared/topology.vmig:2:21: error: &apos;memory&apos; expects a data size') : junit
assert new File(out, 'vmmig.sarif').text.contains('shared/topology.vmig"')
def log = new File(basedir, 'build.log').text
assert log.contains('shared/topology.vmig:2:21: error: \'memory\' expects a data size') : log
assert log.contains('vmmig: 2 file(s) checked: 1 error(s)') : log
assert log.contains('vmmig: 1 model error(s) in 2 file(s): no report written') : log
assert !new File(out, 'drain-drain.html').exists()
return true
