import { makeStyles } from '@fluentui/react-components';

/**
 * A native select sizes itself to its longest option; at 320 px that overflows the pane. These
 * let it shrink to the column and cut long options off instead.
 */
export const useSelectStyles = makeStyles({
  root: { minWidth: 0, maxWidth: '100%' },
  select: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});
