// The four points a node connects from (and to), one per side. React Flow's
// <Handle> keeps two subscriptions to its store each (its settings and the
// connection in progress): four per node made 8,000 selectors on a card of
// 1,000 nodes, run on every change of that store (each undo, each frame of a
// drag). These are the same elements, found, measured and checked as a
// connection's end by React Flow through their classes and data attributes,
// with one subscription per node; a press starts a connection as <Handle> does.
import { memo, type MouseEvent, type TouchEvent } from 'react';
import {
  Position,
  useStore,
  useStoreApi,
  type Connection,
  type ReactFlowState,
} from '@xyflow/react';
import { XYHandle } from '@xyflow/system';
import type { Side } from '../../schema/types';
import { SIDES } from './flow-elements';

const POSITION: Record<Side, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

/**
 * What a connection in progress means for this node's handles, as one string
 * ('' when none is), so that the selector's answer compares by value:
 * "from side|to side|valid".
 */
const connectingSelector =
  (nodeId: string) =>
  ({ connection }: ReactFlowState): string => {
    const { fromHandle, toHandle, isValid } = connection;
    if (!fromHandle) return '';
    const from = fromHandle.nodeId === nodeId ? fromHandle.id : '';
    const to = toHandle?.nodeId === nodeId ? toHandle.id : '';
    return `${from ?? ''}|${to ?? ''}|${to && isValid ? 'valid' : ''}`;
  };

function NodeHandlesImpl({ nodeId }: { nodeId: string }) {
  const store = useStoreApi();
  const connecting = useStore(connectingSelector(nodeId));
  const [from, to, valid] = connecting.split('|');

  const start = (side: Side, event: MouseEvent | TouchEvent) => {
    if ('button' in event && event.button !== 0) return;
    const state = store.getState();
    XYHandle.onPointerDown(event.nativeEvent, {
      handleDomNode: event.currentTarget as Element,
      autoPanOnConnect: state.autoPanOnConnect,
      connectionMode: state.connectionMode,
      connectionRadius: state.connectionRadius,
      domNode: state.domNode,
      nodeLookup: state.nodeLookup,
      lib: state.lib,
      isTarget: false,
      handleId: side,
      nodeId,
      flowId: state.rfId,
      panBy: state.panBy,
      cancelConnection: state.cancelConnection,
      onConnectStart: state.onConnectStart,
      onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
      updateConnection: state.updateConnection,
      onConnect: (connection: Connection) => store.getState().onConnect?.(connection),
      isValidConnection: (edge) => store.getState().isValidConnection?.(edge) ?? true,
      getTransform: () => store.getState().transform,
      getFromHandle: () => store.getState().connection.fromHandle,
      autoPanSpeed: state.autoPanSpeed,
      dragThreshold: state.connectionDragThreshold,
    });
  };

  const { rfId, noPanClassName } = store.getState();
  return SIDES.map((side) => {
    const position = POSITION[side];
    // In loose mode every handle but the one the connection starts from can end it.
    const possibleEnd = connecting === '' || from !== side;
    const classes = [
      'react-flow__handle',
      `react-flow__handle-${position}`,
      'nodrag',
      noPanClassName,
      'source connectable connectablestart connectableend',
      possibleEnd ? 'connectionindicator' : '',
      from === side ? 'connectingfrom' : '',
      to === side ? 'connectingto' : '',
      to === side && valid ? 'valid' : '',
    ];
    return (
      <div
        key={side}
        data-handleid={side}
        data-nodeid={nodeId}
        data-handlepos={position}
        data-id={`${rfId}-${nodeId}-${side}-source`}
        className={classes.filter(Boolean).join(' ')}
        onMouseDown={(event) => start(side, event)}
        onTouchStart={(event) => start(side, event)}
      />
    );
  });
}

export const NodeHandles = memo(NodeHandlesImpl);
