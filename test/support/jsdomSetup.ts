import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Fluent UI v9 components (MessageBar and others) observe their size; jsdom has no ResizeObserver.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// The machine running the tests is shared (2 cores, several jest workers): a pane that renders a
// large Fluent tree after a check can take more than Testing Library's default 1 s to appear.
configure({ asyncUtilTimeout: 5000 });
