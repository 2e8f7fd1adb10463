/** Whether this run is CI's: `CI` set to anything but empty, `false` or `0` (as CI services set it). */
export const underCi = /^(?!(false|0)$)./i.test(process.env.CI ?? "");
