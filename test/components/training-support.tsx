import { QueryClientProvider } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactNode } from 'react';
import { trainingScenarioSchema, type TrainingScenario } from '../../machines/training/training.schema';
import { createQueryClient } from '../../src/app/query-client';

// Shared by the training component tests: shipped scenarios read from training/scenarios (the files the
// app serves), and a fresh query client per render.

export function shippedScenario(id: string): TrainingScenario {
  const text = readFileSync(resolve(__dirname, '../../training/scenarios', `${id}.json`), 'utf8');
  return trainingScenarioSchema.parse(JSON.parse(text));
}

export function withQuery(children: ReactNode) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
}
