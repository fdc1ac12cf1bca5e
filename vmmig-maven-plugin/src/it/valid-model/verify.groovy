// The build passed: the validation reports say so and the HTML report of the scenario is there.
def out = new File(basedir, 'target/vmmig')
def junit = new File(out, 'TEST-vmmig.xml')
assert junit.isFile() : "no $junit"
assert junit.text.contains('tests="1" failures="0"') : junit.text
def sarif = new File(out, 'vmmig.sarif')
assert sarif.isFile() && sarif.text.contains('"version": "2.1.0"') : "no SARIF in $sarif"
def html = new File(out, 'lab-maintenanceH1.html')
assert html.isFile() : "no report $html"
assert html.text.startsWith('<!DOCTYPE html>')
assert html.text.contains('<body data-charts-expected="5">') : 'the timeline and four pre-copies'
def log = new File(basedir, 'build.log').text
assert log.contains('vmmig: 1 file(s) checked: 0 error(s), 0 warning(s)') : log
return true
