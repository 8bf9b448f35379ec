// The flow canvas as a user sees it: nodes, arrows, handles, the canvas toolbar.
import { expect, type Locator, type Page } from '@playwright/test';

export type Side = 'top' | 'right' | 'bottom' | 'left';

export class CanvasPanel {
  readonly root: Locator;
  readonly toolbar: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Stroomschema', exact: true });
    this.toolbar = page.getByRole('toolbar', { name: 'Stroomschema bewerken' });
    this.pane = this.root.locator('.react-flow__pane');
  }

  async waitForCard(): Promise<void> {
    await expect(this.nodes().first()).toBeVisible();
  }

  nodes(): Locator {
    return this.root.locator('.react-flow__node');
  }

  node(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  nodeWithText(text: string | RegExp): Locator {
    return this.nodes().filter({ hasText: text });
  }

  edges(): Locator {
    return this.root.locator('.react-flow__edge');
  }

  /** Arrows whose accessible name ("Pijl van X naar Y") contains the text. */
  edgeNamed(text: string): Locator {
    return this.root.locator(`.react-flow__edge[aria-label*="${text.replace(/"/g, '\\"')}"]`);
  }

  handle(nodeId: string, side: Side): Locator {
    return this.node(nodeId).locator(`.react-flow__handle[data-handleid="${side}"]`);
  }

  async add(kindLabel: string): Promise<string> {
    await this.toolbar.getByRole('button', { name: `${kindLabel} toevoegen` }).click();
    const focused = this.root.locator('.react-flow__node:focus');
    await expect(focused).toHaveCount(1);
    return (await focused.getAttribute('data-id'))!;
  }

  async button(name: string | RegExp): Promise<void> {
    await this.toolbar.getByRole('button', { name }).click();
  }

  async centre(locator: Locator): Promise<{ x: number; y: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** Moves the mouse in steps, as a hand does, so React Flow sees a drag. */
  async dragMouse(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    for (let i = 1; i <= 12; i++)
      await mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    await mouse.up();
  }

  /** Drags from a handle of one node to a handle of another: a new arrow. */
  async connect(from: string, fromSide: Side, to: string, toSide: Side): Promise<void> {
    await this.node(from).hover();
    await this.dragMouse(
      await this.centre(this.handle(from, fromSide)),
      await this.centre(this.handle(to, toSide)),
    );
  }

  /**
   * The whole chart in view ("Alles in beeld"). The studio opens at a readable zoom, so
   * nodes at the right may lie under the inspector: a test that clicks them shows all first.
   */
  async showAll(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Alles in beeld' }).click();
  }

  async dragNode(id: string, dx: number, dy: number): Promise<void> {
    const c = await this.centre(this.node(id));
    await this.dragMouse(c, { x: c.x + dx, y: c.y + dy });
  }

  /** Where React Flow draws a node, in flow coordinates, from its transform. */
  async position(id: string): Promise<{ x: number; y: number }> {
    const transform = await this.node(id).evaluate((el) => (el as HTMLElement).style.transform);
    const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(transform);
    if (!match) throw new Error(`no position for ${id}: ${transform}`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  async selectedIds(): Promise<string[]> {
    return this.root
      .locator('.react-flow__node.selected')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  }

  /** Clicks an empty part of the canvas: clears the selection and takes the focus off fields. */
  async clickEmpty(): Promise<void> {
    const box = (await this.pane.boundingBox())!;
    await this.page.mouse.click(box.x + 8, box.y + 8);
  }
}
