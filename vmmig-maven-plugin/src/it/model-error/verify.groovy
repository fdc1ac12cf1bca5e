// The build failed on the model error, after writing it as JUnit XML and SARIF; no report was written.
def out = new File(basedir, 'target/vmmig')
def junit = new File(out, 'TEST-vmmig.xml')
assert junit.isFile() : "no $junit"
assert junit.text.contains('tests="1" failures="1"') : junit.text
assert junit.text.contains('&apos;memory&apos; expects a data size, but &apos;Gbps&apos; is a data rate.') : junit.text
assert new File(out, 'vmmig.sarif').text.contains('"ruleId": "wrongDimension"')
def log = new File(basedir, 'build.log').text
assert log.contains('bad.vmig:1:20: error: \'memory\' expects a data size') : log
assert log.contains('vmmig: 1 model error(s) in 1 file(s)') : log
assert !new File(out, 'bad.html').exists()
return true
