import { createContext, useContext } from 'react';

/**
 * True inside a page made to be printed (the fact sheet). There the shared pieces write a
 * project's title as text, not as a button (nothing can be clicked on paper, and the sheet has no
 * panel to open), and a project card gives what a reader needs away from the app: partners, the
 * people to contact and the page of the report.
 */
export const PrintedContext = createContext(false);

export const usePrinted = () => useContext(PrintedContext);
