// The viewer's peer in the benchmark: bpmn-js's NavigatedViewer (pan and zoom,
// like the viewer's chart) drawing the sample card as BPMN (bench/card-to-bpmn.ts),
// fetched beside the page as the viewer fetches its card.json, fitted to the screen.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

interface Canvas {
  zoom(to: 'fit-viewport'): void;
}

const viewer = new NavigatedViewer({ container: '#canvas' });
const xml = await (await fetch('./diagram.bpmn', { cache: 'no-cache' })).text();
await viewer.importXML(xml);
viewer.get<Canvas>('canvas').zoom('fit-viewport');
