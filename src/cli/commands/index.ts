import type { TCommand } from '../run-command';
import { allowancesCommand } from './allowances';
import { assignCommand } from './assign';
import { finderCommand } from './finder';
import { rankCommand } from './rank';
import { selectCommand } from './select';

export const commands: Record<string, TCommand> = {
  finder: finderCommand,
  allowances: allowancesCommand,
  select: selectCommand,
  assign: assignCommand,
  rank: rankCommand,
};
